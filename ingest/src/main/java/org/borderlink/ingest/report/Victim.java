package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the report records about a (possible) victim of trafficking, in the terms of IOM's Human Trafficking
 * Case Data Standard 2.0. Values are written as the HTCDS value names, e.g. {@code PossibleVictimOfTrafficking}.
 *
 * @param traffickingStatus {@code vic_TraffickingStatus}
 * @param statusDecidedBy {@code vic_TraffickingStatusDecisionMakingOrg}
 * @param exploitationTypes {@code vic_TypeOfExploitation}
 * @param methodsOfControl {@code vic_MethodsOfControl}
 * @param recruitmentMethod {@code vic_MethodOfRecruitment} (the main one; HTCDS allows several)
 * @param recruitmentApps {@code vic_RecruitmentWebsitesAndApps}
 */
public record Victim(
        @Nullable TraffickingStatus traffickingStatus,
        @Nullable DecisionMakingOrg statusDecidedBy,
        List<ExploitationType> exploitationTypes,
        List<MethodOfControl> methodsOfControl,
        @Nullable RecruitmentMethod recruitmentMethod,
        List<RecruitmentApp> recruitmentApps) {

    public Victim {
        exploitationTypes = Lists.orEmpty(exploitationTypes);
        methodsOfControl = Lists.orEmpty(methodsOfControl);
        recruitmentApps = Lists.orEmpty(recruitmentApps);
    }

    /** HTCDS {@code vic_TraffickingStatus}. */
    public enum TraffickingStatus implements HtcdsPicklist {
        POSSIBLE_VICTIM("PossibleVictimOfTrafficking"),
        ACTUAL_VICTIM("ActualVictimOfTrafficking"),
        NOT_A_VICTIM("NotAVictimOfTrafficking");

        private final String htcds;

        TraffickingStatus(String htcds) {
            this.htcds = htcds;
        }

        @Override
        public String htcds() {
            return htcds;
        }
    }

    /** HTCDS {@code vic_TraffickingStatusDecisionMakingOrg}: who decided the trafficking status. */
    public enum DecisionMakingOrg implements HtcdsPicklist {
        POLICE("Police"),
        NGO("NGO"),
        COURT_OR_PROSECUTION("CourtOrProsecution"),
        NON_POLICE_GOVERNMENTAL_ORGANIZATION("NonPoliceGovernmentalOrganization"),
        OTHER("Other");

        private final String htcds;

        DecisionMakingOrg(String htcds) {
            this.htcds = htcds;
        }

        @Override
        public String htcds() {
            return htcds;
        }
    }

    /** HTCDS {@code vic_TypeOfExploitation}. */
    public enum ExploitationType implements HtcdsPicklist {
        FORCED_LABOUR("ForcedLabour"),
        SEXUAL_EXPLOITATION("SexualExploitation"),
        CHILD_LABOUR("ChildLabour"),
        FORCED_MARRIAGE("ForcedMarriage"),
        SERVITUDE("Servitude"),
        FORCED_MILITARY_BY_NON_STATE_ACTORS("ForcedMilitaryByNonStateActors"),
        ORGAN_REMOVAL("OrganRemoval"),
        FORCED_BEGGING("ForcedBegging"),
        FORCED_ADOPTION("ForcedAdoption"),
        SURROGACY("Surrogacy"),
        OTHER("Other");

        private final String htcds;

        ExploitationType(String htcds) {
            this.htcds = htcds;
        }

        @Override
        public String htcds() {
            return htcds;
        }
    }

    /** HTCDS {@code vic_MethodsOfControl}. */
    public enum MethodOfControl implements HtcdsPicklist {
        PHYSICAL_THREATS("PhysicalThreats"),
        THREATS_LAW_ENFORCEMENT("ThreatsLawEnforcement"),
        THREATENS_CHILDREN_FAMILY("ThreatensChildrenFamily"),
        DEBT_BONDAGE("DebtBondage"),
        FALSE_PROMISES("FalsePromises"),
        PHYSICAL_ABUSE("PhysicalAbuse"),
        SEXUAL_ABUSE("SexualAbuse"),
        TAKES_EARNINGS("TakesEarnings"),
        RESTRICTS_FINANCIAL_ACCESS("RestrictsFinancialAccess"),
        RESTRICTS_MEDICAL_CARE("RestrictsMedicalCare"),
        WITHHOLDS_NECESSITIES("WithholdsNecessities"),
        PSYCHOLOGICAL_ABUSE("PsychologicalAbuse"),
        PSYCHOACTIVE_SUBSTANCE("PsychoactiveSubstance"),
        EXCESSIVE_WORKING_HOURS("ExcessiveWorkingHours"),
        WITHHOLDS_DOCUMENTS("WithholdsDocuments"),
        OTHER("Other");

        private final String htcds;

        MethodOfControl(String htcds) {
            this.htcds = htcds;
        }

        @Override
        public String htcds() {
            return htcds;
        }
    }

    /** HTCDS {@code vic_MethodOfRecruitment}. */
    public enum RecruitmentMethod implements HtcdsPicklist {
        AT_A_PLACE_OF_BUSINESS("AtAPlaceOfBusiness"),
        AT_AN_EDUCATIONAL_INSTITUTION("AtAnEducationalInstitution"),
        AT_WORK("AtWork"),
        THROUGH_ONLINE_SOCIAL_NETWORKS("ThroughOnlineSocialNetworks"),
        THROUGH_AN_ONLINE_ADVERTISEMENT("ThroughAnOnlineAdvertisement"),
        THROUGH_A_TELEVISION_ADVERT("ThroughATelevisionAdvert"),
        THROUGH_A_NEWSPAPER_ADVERT("ThroughANewspaperAdvert"),
        THROUGH_FAMILY_OR_FAMILY_EVENTS("ThroughFamilyOrFamilyEvents"),
        THROUGH_FRIENDS_OR_SOCIAL_EVENTS("ThroughFriendsOrSocialEvents"),
        OTHER("Other");

        private final String htcds;

        RecruitmentMethod(String htcds) {
            this.htcds = htcds;
        }

        @Override
        public String htcds() {
            return htcds;
        }
    }

    /** HTCDS {@code vic_RecruitmentWebsitesAndApps}: platforms used to find the victim. */
    public enum RecruitmentApp implements HtcdsPicklist {
        FACEBOOK("Facebook"),
        INSTAGRAM("Instagram"),
        WHATSAPP("WhatsApp"),
        TELEGRAM("Telegram"),
        FACEBOOK_MESSENGER("FacebookMessenger"),
        VIBER("Viber"),
        SNAPCHAT("SnapChat"),
        LINE("Line"),
        FOUR_SALE("4Sale"),
        WECHAT("WeChat"),
        QQ("QQ"),
        QZONE("QZone"),
        TIKTOK("TikTok"),
        TWITTER("Twitter"),
        OTHER("Other");

        private final String htcds;

        RecruitmentApp(String htcds) {
            this.htcds = htcds;
        }

        @Override
        public String htcds() {
            return htcds;
        }
    }
}
