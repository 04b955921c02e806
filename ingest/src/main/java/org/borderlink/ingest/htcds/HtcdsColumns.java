package org.borderlink.ingest.htcds;

import java.util.List;
import java.util.Set;

/**
 * The columns of an HTCDS CSV file as Borderlink reads and writes it: the standard's field names, the case number
 * HTCDS leaves to the platform ({@code cas_CaseNumber}, Salesforce's {@code Case.CaseNumber} under the case prefix),
 * and Borderlink's own {@code bl_} columns for what the canonical model holds and HTCDS has no field for (the
 * marking, the grading, the exact role, the age band). A file without {@code bl_} columns is plain HTCDS; a file
 * with them round-trips without loss.
 */
final class HtcdsColumns {

    static final String CASE_NUMBER = "cas_CaseNumber";
    static final String STATUS = "cas_Status";
    static final String REFERRAL_DATE = "cas_IncomingReferralDate";
    static final String COMMENT = "cco_CaseComment";

    static final String FIRST_NAME = "prs_FirstName";
    static final String MIDDLE_NAME = "prs_MiddleName";
    static final String SECOND_NAME = "prs_SecondName";
    static final String GENDER = "prs_Gender";
    static final String BIRTHDATE = "prs_Birthdate";
    static final String CITIZENSHIP = "prs_Citizenship";
    static final String PRIMARY_LANGUAGE = "prs_PrimaryLanguage";
    static final String SECONDARY_LANGUAGE = "prs_SecondaryLanguage";
    static final String MOBILE_PHONE = "prs_MobilePhone";
    static final String HOME_PHONE = "prs_HomePhone";
    static final String IDENTITY_NUMBER = "prs_IdentityNumber";

    static final String TRAFFICKING_STATUS = "vic_TraffickingStatus";
    static final String DECIDED_BY = "vic_TraffickingStatusDecisionMakingOrg";
    static final String EXPLOITATION = "vic_TypeOfExploitation";
    static final String CONTROL = "vic_MethodsOfControl";
    static final String RECRUITMENT = "vic_MethodOfRecruitment";
    static final String APPS = "vic_RecruitmentWebsitesAndApps";
    static final String ROLE_IN_PROCESS = "per_RoleInProcess";

    static final String EVENT_TYPE = "hte_Type";
    static final String EVENT_DATE = "hte_Date";
    static final String EVENT_CITY = "hte_City";
    static final String EVENT_COUNTRY = "hte_Country";
    static final String EVENT_LAT = "hte_Latitude";
    static final String EVENT_LON = "hte_Longitude";
    static final String EVENT_DESCRIPTION = "hte_Description";

    static final String BL_AGENCY = "bl_Agency";
    static final String BL_VERSION = "bl_Version";
    static final String BL_REPORTED_ON = "bl_ReportedOn";
    static final String BL_CASE_TYPE = "bl_CaseType";
    static final String BL_TLP = "bl_Tlp";
    static final String BL_HANDLING = "bl_Handling";
    static final String BL_RELEASABLE_TO = "bl_ReleasableTo";
    static final String BL_GRADING = "bl_Grading";
    static final String BL_NARRATIVE_LANGUAGE = "bl_NarrativeLanguage";
    static final String BL_PERSON_REF = "bl_PersonRef";
    static final String BL_ROLE = "bl_Role";
    static final String BL_ALIASES = "bl_Aliases";
    static final String BL_AGE_BAND = "bl_AgeBand";
    static final String BL_MINOR = "bl_Minor";
    static final String BL_EVENT_REF = "bl_EventRef";
    static final String BL_EVENT_DATE_PRECISION = "bl_EventDatePrecision";

    /** Columns that are not HTCDS fields but that Borderlink reads and writes. */
    static final Set<String> EXTENSIONS = Set.of(
            CASE_NUMBER,
            BL_AGENCY,
            BL_VERSION,
            BL_REPORTED_ON,
            BL_CASE_TYPE,
            BL_TLP,
            BL_HANDLING,
            BL_RELEASABLE_TO,
            BL_GRADING,
            BL_NARRATIVE_LANGUAGE,
            BL_PERSON_REF,
            BL_ROLE,
            BL_ALIASES,
            BL_AGE_BAND,
            BL_MINOR,
            BL_EVENT_REF,
            BL_EVENT_DATE_PRECISION);

    /** The columns an export writes, in order: case, person, victim context, perpetrator context, event. */
    static final List<String> EXPORT = List.of(
            CASE_NUMBER,
            STATUS,
            COMMENT,
            BL_AGENCY,
            BL_VERSION,
            BL_REPORTED_ON,
            BL_CASE_TYPE,
            BL_TLP,
            BL_HANDLING,
            BL_RELEASABLE_TO,
            BL_GRADING,
            BL_NARRATIVE_LANGUAGE,
            BL_PERSON_REF,
            BL_ROLE,
            FIRST_NAME,
            SECOND_NAME,
            BL_ALIASES,
            GENDER,
            BIRTHDATE,
            BL_AGE_BAND,
            BL_MINOR,
            CITIZENSHIP,
            PRIMARY_LANGUAGE,
            SECONDARY_LANGUAGE,
            MOBILE_PHONE,
            TRAFFICKING_STATUS,
            DECIDED_BY,
            EXPLOITATION,
            CONTROL,
            RECRUITMENT,
            APPS,
            ROLE_IN_PROCESS,
            BL_EVENT_REF,
            EVENT_TYPE,
            EVENT_DATE,
            BL_EVENT_DATE_PRECISION,
            EVENT_CITY,
            EVENT_COUNTRY,
            EVENT_LAT,
            EVENT_LON,
            EVENT_DESCRIPTION);

    private HtcdsColumns() {}
}
