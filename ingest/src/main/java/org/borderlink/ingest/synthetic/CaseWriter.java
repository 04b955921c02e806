package org.borderlink.ingest.synthetic;

import com.ibm.icu.text.Transliterator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.model.Tlp;
import org.borderlink.ingest.normalise.Place;
import org.borderlink.ingest.report.Account;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.CaseStatus;
import org.borderlink.ingest.report.Document;
import org.borderlink.ingest.report.DocumentStatus;
import org.borderlink.ingest.report.Incident;
import org.borderlink.ingest.report.IncidentKind;
import org.borderlink.ingest.report.Leg;
import org.borderlink.ingest.report.Money;
import org.borderlink.ingest.report.Narrative;
import org.borderlink.ingest.report.OnlineAccount;
import org.borderlink.ingest.report.Organisation;
import org.borderlink.ingest.report.OrganisationKind;
import org.borderlink.ingest.report.Outcome;
import org.borderlink.ingest.report.OutcomeKind;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.PersonIncident;
import org.borderlink.ingest.report.Phone;
import org.borderlink.ingest.report.PlaceKind;
import org.borderlink.ingest.report.Relation;
import org.borderlink.ingest.report.RelationType;
import org.borderlink.ingest.report.ReportMarking;
import org.borderlink.ingest.report.Selector;
import org.borderlink.ingest.report.Selectors;
import org.borderlink.ingest.report.TransportMode;
import org.borderlink.ingest.report.Vehicle;
import org.borderlink.ingest.report.Victim;
import org.borderlink.ingest.report.Victim.DecisionMakingOrg;
import org.borderlink.ingest.report.Victim.ExploitationType;
import org.borderlink.ingest.report.Victim.MethodOfControl;
import org.borderlink.ingest.report.Victim.RecruitmentApp;
import org.borderlink.ingest.report.Victim.RecruitmentMethod;
import org.borderlink.ingest.report.Victim.TraffickingStatus;
import org.borderlink.ingest.synthetic.Assets.AccountSpec;
import org.borderlink.ingest.synthetic.Assets.DocumentSpec;
import org.borderlink.ingest.synthetic.Assets.Handle;
import org.borderlink.ingest.synthetic.Assets.PhoneLine;
import org.borderlink.ingest.synthetic.Assets.SafeHouse;
import org.borderlink.ingest.synthetic.Assets.VehicleSpec;
import org.borderlink.ingest.synthetic.Corridor.Hop;
import org.borderlink.ingest.synthetic.Narratives.Story;
import org.borderlink.ingest.synthetic.World.Member;
import org.borderlink.ingest.synthetic.World.Network;
import org.jspecify.annotations.Nullable;

/**
 * Writes one case report of the simulated world as one agency would: picks what happened (a vehicle stopped,
 * a group caught at the border, a safe house raided, a trafficking victim identified, …), who was there,
 * what they used, and writes all of it in the agency's language, script and formats, with the ground truth
 * of every person mention.
 *
 * <p>Report {@code i} is drawn from its own random stream, so it can be written again on its own: a
 * correction (version 2) is the same report drawn again plus a second stream of changes.
 */
final class CaseWriter {

    private static final Map<String, String> CAPITALS = Map.of(
            "RS",
            "RS-BELGRADE",
            "BA",
            "BA-SARAJEVO",
            "ME",
            "ME-PODGORICA",
            "MK",
            "MK-KUMANOVO",
            "AL",
            "AL-TIRANA",
            "XK",
            "XK-PRISTINA",
            "HR",
            "HR-ZAGREB",
            "HU",
            "HU-BUDAPEST");
    private static final List<String> ALL_AGENCIES = java.util.Arrays.stream(Reporter.values())
            .flatMap(r -> r.agencies.stream().map(Reporter.Agency::id))
            .toList();
    private static final List<String> WB = List.of("AL", "BA", "ME", "MK", "RS", "XK");

    private final World world;
    /** Whether a spelling of a place resolves back to it in the gazetteer, by spelling, country and id. */
    private final Map<String, Boolean> resolves = new ConcurrentHashMap<>();

    private final Map<String, List<String>> localLatin = new ConcurrentHashMap<>();
    private final Transliterator toLatin = Transliterator.getInstance("Serbian-Latin/BGN");

    CaseWriter(World world) {
        this.world = world;
    }

    /** A Cyrillic local name in Serbian Latin ("Privremeni prihvatni centar Božaj"), as Latin-script reports write it. */
    private List<String> latinOfLocal(Place p) {
        return localLatin.computeIfAbsent(p.id(), id -> {
            if (p.nameLocal().chars().noneMatch(c -> c >= 0x400 && c <= 0x4FF)) return List.of();
            synchronized (toLatin) {
                String latin = toLatin.transliterate(p.nameLocal());
                String side = latin.split("\\s*[–—]\\s*")[0];
                return side.equals(latin) ? List.of(latin) : List.of(latin, side);
            }
        });
    }

    /** Report {@code index} in the given version (1, or 2 for its correction). */
    GeneratedReport write(long index, int version) {
        Draft draft = new Draft(index, version);
        draft.draw();
        if (version > 1) draft.revise();
        return draft.build();
    }

    /** A person of the report being written. */
    private static final class P {
        final String ref;
        final Actor actor;
        Role role;

        @Nullable
        String name;

        final List<String> aliases = new ArrayList<>();
        final List<PersonIncident> incidents = new ArrayList<>();

        @Nullable
        Victim victim;

        boolean arrested;
        boolean unnamed;

        P(String ref, Actor actor, Role role) {
            this.ref = ref;
            this.actor = actor;
            this.role = role;
        }

        void involvedIn(String incident) {
            for (PersonIncident i : incidents) {
                if (i.ref().equals(incident)) return;
            }
            incidents.add(new PersonIncident(incident, null));
        }
    }

    /** A selector of the report being written; its record is made once its users are known. */
    private static final class Sel {
        final String ref;
        final Set<String> usedBy = new LinkedHashSet<>();
        final BiFunction<String, List<String>, Selector> make;

        Sel(String ref, BiFunction<String, List<String>, Selector> make) {
            this.ref = ref;
            this.make = make;
        }
    }

    /** The funnel of one arrested person: each step with its date. */
    private record Step(
            P person,
            OutcomeKind kind,
            LocalDate date,
            @Nullable Integer months) {}

    private final class Draft {
        final long index;
        final int version;
        final Rng rng;
        Network net;
        CaseType type = CaseType.SOM;
        Story story = Story.VEHICLE;
        int hop = -1;
        Reporter reporter;
        Reporter.Agency agency;
        Writing writing;
        LocalDate date;
        LocalDate reportedOn;
        LocalDate knownBy;

        @Nullable
        String receivedOn;

        final List<P> persons = new ArrayList<>();
        final Map<String, P> byActor = new HashMap<>();
        final List<Incident> incidents = new ArrayList<>();
        final Map<String, Sel> selectors = new LinkedHashMap<>();
        final List<Relation> relations = new ArrayList<>();
        final List<Leg> legs = new ArrayList<>();
        final List<Step> funnel = new ArrayList<>();
        final List<Organisation> organisations = new ArrayList<>();
        final Map<String, String> slots = new HashMap<>();
        /** The narrative slots that name a woman. */
        final Set<String> women = new java.util.TreeSet<>();

        ReportMarking marking;
        String grading;

        @Nullable
        Narrative narrative;

        @Nullable
        CaseStatus status;

        boolean statusGiven;
        final Map<String, Integer> selectorCounts = new HashMap<>();
        int legCount;
        int[] victimPicks = {};
        /** The hop of the corridor the last {@link #route()} is on. */
        int routeHop;

        Draft(long index, int version) {
            this.index = index;
            this.version = version;
            this.rng = Rng.of(world.seed, 100, index);
        }

        // ---- what happened ---------------------------------------------------------------------------

        void draw() {
            double roll = rng.nextDouble();
            if (roll < 0.085) {
                type = CaseType.THB;
                story = rng.chance(0.55) ? Story.SEXUAL : Story.LABOUR;
                net = world.pickTraffickingNetwork(rng);
            } else if (roll < 0.14) {
                type = CaseType.MIXED;
                story = Story.KIDNAPPING;
                net = world.pickTraffickingNetwork(rng);
            } else {
                net = world.pickNetwork(rng);
            }
            date = net.start.plusDays(rng.nextInt(net.days + 1));
            if (type == CaseType.SOM) smugglingCase();
            else traffickingCase();
            agency = reporter.agency(type != CaseType.SOM, rng);
            writing = reporter.writing(rng);
            long delay = rng.chance(0.7) ? rng.between(0, 10) : rng.between(30, 540);
            reportedOn = min(date.plusDays(delay), World.LAST_DAY);
            // what the agency knew when it submitted the report: soon after recording it, or months later
            knownBy = min(
                    reportedOn.plusDays(rng.chance(0.55) ? rng.between(0, 5) : rng.between(30, 720)), World.LAST_DAY);
            receivedOn = rng.chance(0.7) ? knownBy.toString() : null;
            slots.put("unit", Reporter.unit(agency, writing));
            slots.put("date", reporter.dayPlain(date));
            slots.put("month", Lexicon.month(date, writing));
            slots.put("time", String.format(Locale.ROOT, "%02d.%02d", rng.between(0, 23), rng.nextInt(12) * 5));
            slots.put("app", "WhatsApp");
            switch (story) {
                case VEHICLE -> vehicle();
                case FOOT, RESCUE, DEATH -> onFoot();
                case SAFE_HOUSE -> safeHouse();
                case DOCUMENT -> document();
                case MONEY -> money();
                case KIDNAPPING -> kidnapping();
                case LABOUR -> labour();
                case SEXUAL -> sexual();
            }
            if (type == CaseType.SOM) extras();
            drawFunnel();
            drawMarking();
            if (rng.chance(0.92)) {
                slots.putIfAbsent("n", "1");
                slots.putIfAbsent("place", placeName(CAPITALS.get(reporter.name())));
                narrative = new Narrative(Narratives.write(story, writing, slots, women), writing.language);
            }
            statusGiven = rng.chance(0.9);
        }

        private void smugglingCase() {
            List<Hop> hops = net.corridor.hops;
            double[] weights = new double[hops.size()];
            for (int h = 0; h < weights.length; h++) weights[h] = hops.get(h).interceptions();
            hop = rng.weighted(weights);
            List<String> countries = World.reporters(net.corridor, hop);
            double[] rw = new double[countries.size()];
            for (int i = 0; i < rw.length; i++)
                rw[i] = Reporter.of(countries.get(i)).westernBalkans() ? 1 : 0.3;
            reporter = Reporter.of(countries.get(rng.weighted(rw)));
            Hop h = hops.get(hop);
            boolean feet = h.modes().contains(TransportMode.FOOT) || h.modes().contains(TransportMode.BOAT);
            boolean house = net.harbourers.stream().anyMatch(m -> m.country().equals(reporter.name()));
            double[] sw = new double[Story.values().length];
            sw[Story.VEHICLE.ordinal()] = h.byVehicle() && !driversFor(hop).isEmpty() ? 0.45 : 0;
            sw[Story.FOOT.ordinal()] = feet ? 0.32 : 0.02;
            sw[Story.SAFE_HOUSE.ordinal()] = house ? 0.1 : 0;
            sw[Story.DOCUMENT.ordinal()] = h.crossesBorder() ? 0.05 : 0.01;
            sw[Story.MONEY.ordinal()] = reporter.westernBalkans() ? 0.04 : 0;
            sw[Story.RESCUE.ordinal()] = feet && h.crossesBorder() ? 0.03 : 0;
            sw[Story.DEATH.ordinal()] = feet && h.crossesBorder() ? 0.008 : 0;
            story = Story.values()[rng.weighted(sw)];
        }

        private void traffickingCase() {
            List<String> candidates = new ArrayList<>(net.countries);
            if (story == Story.SEXUAL) {
                victimPicks = rng.sample(net.victims, rng.between(1, 3));
                String home = world.victim(net, victimPicks[0]).nationality;
                reporter = Reporter.of(WB.contains(home) && rng.chance(0.5) ? home : rng.pick(candidates));
            } else if (story == Story.KIDNAPPING && !net.harbourers.isEmpty()) {
                reporter = Reporter.of(rng.pick(net.harbourers).country());
            } else if (story == Story.LABOUR && rng.chance(0.7)) {
                reporter = Reporter.of(rng.pick(net.exploiters).country());
            } else {
                reporter = Reporter.of(rng.pick(candidates));
            }
        }

        // ---- stories ---------------------------------------------------------------------------------

        /** A vehicle stopped with migrants on board. */
        private void vehicle() {
            Member driver = pickDriver();
            P d = member(driver, rng.chance(0.8) ? Role.DRIVER : Role.TRANSPORTER, 0.8);
            VehicleSpec spec = driver.vehicles()
                    .get(rng.chance(0.8) ? 0 : rng.nextInt(driver.vehicles().size()));
            String[] vehicle = vehicle(spec, d);
            String[] route = route();
            String at = pickTouching(route[2], route[1], route[0]);
            List<P> migrants =
                    migrants(1 + rng.nextInt(4) + rng.nextInt(6) + (rng.chance(0.1) ? rng.between(5, 15) : 0));
            String main = incident(IncidentKind.INTERCEPTION, date, at, migrants.size() + rng.between(0, 3));
            d.involvedIn(main);
            migrants.forEach(m -> m.involvedIn(main));
            if (rng.chance(0.75)) arrest(main, at, List.of(d));
            for (P m : migrants.subList(0, Math.min(8, migrants.size())))
                relation(RelationType.TRANSPORTED, d, m, null, null);
            legs(route, migrants, d, vehicle[0], spec);
            slot("driver", d);
            slots.put("make", spec.make());
            slots.put("plate", vehicle[1]);
            slots.put("place", placeName(at));
            slots.put("n", Integer.toString(migrants.size()));
            slots.put("nat", Lexicon.ofCountry(migrants.getFirst().actor.nationality, writing));
        }

        /** A group on foot at or near the border: intercepted, stopped while crossing, rescued, or a death. */
        private void onFoot() {
            String[] route = route();
            String at = pickTouching(route[2], route[1], route[0]);
            Member guide = null;
            for (Member g : net.guides) {
                if (g.hop() == hop && rng.chance(0.75)) guide = g;
            }
            P gp = guide == null ? null : member(guide, Role.GUIDE, 0.7);
            List<P> migrants = migrants(rng.between(4, 16));
            IncidentKind kind = switch (story) {
                case RESCUE -> IncidentKind.RESCUE;
                case DEATH -> IncidentKind.DEATH;
                default -> rng.chance(0.5) ? IncidentKind.CROSSING_ATTEMPT : IncidentKind.INTERCEPTION;
            };
            String main = incident(kind, date, at, migrants.size() + rng.between(0, 6));
            migrants.forEach(m -> m.involvedIn(main));
            if (gp != null) {
                gp.involvedIn(main);
                if (story != Story.RESCUE && rng.chance(0.5)) arrest(main, at, List.of(gp));
                for (P m : migrants.subList(0, Math.min(8, migrants.size())))
                    relation(RelationType.TRANSPORTED, gp, m, null, null);
                if (!guide.handles().isEmpty()) {
                    Handle handle = guide.handles().getFirst();
                    online(handle, gp);
                    slots.put("app", handle.platform());
                }
                slots.put("guide", nameOf(gp));
            }
            if (story == Story.DEATH) {
                P organiser = member(net.organiser, Role.ORGANISER, 0.6);
                organiser.involvedIn(main);
                slots.put("organiser", nameOf(organiser));
            }
            legs(route, migrants, null, null, null);
            slots.put("place", placeName(at));
            slots.put("n", Integer.toString(migrants.size()));
            slots.put("nat", Lexicon.ofCountry(migrants.getFirst().actor.nationality, writing));
        }

        /** A safe house raided. */
        private void safeHouse() {
            List<Member> here = net.harbourers.stream()
                    .filter(m -> m.country().equals(reporter.name()))
                    .toList();
            Member harbourer = rng.pick(here);
            P h = member(harbourer, Role.HARBOURER, 0.7);
            SafeHouse house = harbourer.house();
            List<P> migrants = migrants(rng.between(3, 14));
            String main = incident(
                    rng.chance(0.7) ? IncidentKind.ARREST : IncidentKind.INTERCEPTION, date, house, migrants.size());
            h.involvedIn(main);
            migrants.forEach(m -> m.involvedIn(main));
            if (rng.chance(0.8)) arrest(main, null, List.of(h));
            for (P m : migrants) relation(RelationType.HARBOURED, h, m, null, null);
            int price = rng.between(2, 10) * 50;
            for (P m : migrants.subList(0, Math.min(3, migrants.size()))) {
                if (rng.chance(0.4))
                    relation(RelationType.PAID, m, h, dayOrMonth(date.minusDays(rng.between(1, 20))), euros(price));
            }
            if (rng.chance(0.5)) legs(route(), migrants, null, null, null);
            slot("harbourer", h);
            slots.put("address", houseAddress(house));
            slots.put("amount", Integer.toString(price));
            slots.put("n", Integer.toString(migrants.size()));
            slots.put("nat", Lexicon.ofCountry(migrants.getFirst().actor.nationality, writing));
        }

        /** A fraudulent document found at a border check. */
        private void document() {
            String[] route = route();
            String at = pickTouching(route[2], route[1], route[0]);
            List<P> migrants = migrants(rng.chance(0.8) ? 1 : 2);
            String main = incident(IncidentKind.INTERCEPTION, date, at, migrants.size());
            Member forger = !net.forgers.isEmpty()
                    ? net.forgers.getFirst()
                    : world.forgers.get(net.index % world.forgers.size());
            List<DocumentSpec> pool = !net.forgers.isEmpty() || rng.chance(0.5) ? net.documents : forger.documents();
            List<Sel> documents = new ArrayList<>();
            for (P m : migrants) {
                m.involvedIn(main);
                documents.add(fraudulentDocument(m, rng.pick(pool)));
            }
            if (rng.chance(0.4)) {
                P f = member(forger, Role.DOCUMENT_FORGER, 0.6);
                for (Sel s : documents) {
                    if (rng.chance(0.5)) s.usedBy.add(f.ref);
                }
                if (rng.chance(0.3)) arrest(main, at, List.of(f));
                slots.put("forger", nameOf(f));
            }
            if (rng.chance(0.5)) legs(route, migrants, null, null, null);
            slots.put("place", placeName(at));
            slots.put("nat", Lexicon.ofCountry(migrants.getFirst().actor.nationality, writing));
        }

        /** A financial investigation: the organiser paid through a hawaladar. */
        private void money() {
            P organiser = member(net.organiser, Role.ORGANISER, 0.9);
            Member handler = rng.chance(0.6)
                    ? net.moneyHandlers.getFirst()
                    : world.hawaladars.get(net.index % world.hawaladars.size());
            P h = member(handler, Role.MONEY_HANDLER, 0.8);
            account(handler.accounts().getFirst(), h);
            for (AccountSpec a : net.organiser.accounts()) {
                if (rng.chance(0.7)) account(a, organiser);
            }
            List<P> payers = migrants(rng.between(1, 4));
            int total = 0;
            for (P m : payers) {
                LocalDate when = date.minusDays(rng.between(0, 60));
                int amount = rng.between(4, 40) * 100;
                total += amount;
                String pay = incident(IncidentKind.PAYMENT, when, rng.chance(0.5) ? "~ISTANBUL" : null, null);
                m.involvedIn(pay);
                h.involvedIn(pay);
                relation(RelationType.PAID, m, h, reporter.day(when, rng), euros(amount));
            }
            relation(RelationType.CONTACTED, h, organiser, null, null);
            if (rng.chance(0.5)) {
                String capital = CAPITALS.get(reporter.name());
                String arrest = incident(IncidentKind.ARREST, date, capital, null);
                arrested(organiser, arrest);
                if (rng.chance(0.6)) arrested(h, arrest);
            }
            slots.put("organiser", nameOf(organiser));
            slots.put("hawaladar", nameOf(h));
            slots.put("amount", Integer.toString(total * rng.between(2, 12)));
            slots.put("nat", Lexicon.ofCountry(payers.getFirst().actor.nationality, writing));
        }

        /** Migrants held for ransom in a safe house: a mixed smuggling and trafficking case. */
        private void kidnapping() {
            Member harbourer = net.harbourers.stream()
                    .filter(m -> m.country().equals(reporter.name()))
                    .findFirst()
                    .orElse(null);
            Member exploiter = rng.pick(net.exploiters);
            P e = member(exploiter, Role.EXPLOITER, 0.8);
            P h = harbourer != null && rng.chance(0.6) ? member(harbourer, Role.HARBOURER, 0.6) : null;
            List<P> victims = migrants(rng.between(2, 6));
            Object at = harbourer != null ? harbourer.house() : town();
            String main = incident(IncidentKind.KIDNAPPING, date, at, victims.size());
            e.involvedIn(main);
            if (h != null) h.involvedIn(main);
            int ransom = rng.between(10, 50) * 100;
            for (P v : victims) {
                v.role = Role.VICTIM;
                v.involvedIn(main);
                v.victim = new Victim(
                        rng.chance(0.55) ? TraffickingStatus.POSSIBLE_VICTIM : TraffickingStatus.ACTUAL_VICTIM,
                        DecisionMakingOrg.POLICE,
                        rng.chance(0.5) ? List.of(ExploitationType.OTHER) : List.of(),
                        some(
                                rng,
                                2,
                                4,
                                MethodOfControl.PHYSICAL_THREATS,
                                MethodOfControl.PHYSICAL_ABUSE,
                                MethodOfControl.THREATENS_CHILDREN_FAMILY,
                                MethodOfControl.WITHHOLDS_NECESSITIES,
                                MethodOfControl.DEBT_BONDAGE),
                        null,
                        List.of());
                relation(RelationType.EXPLOITED, e, v, null, null);
                if (h != null) relation(RelationType.HARBOURED, h, v, null, null);
            }
            if (rng.chance(0.5)) {
                Member handler = net.moneyHandlers.getFirst();
                LocalDate when = date.plusDays(rng.between(1, 10));
                String pay = incident(IncidentKind.PAYMENT, when, null, null);
                P v = victims.getFirst();
                v.involvedIn(pay);
                relation(RelationType.PAID, v, e, reporter.day(when, rng), euros(ransom));
                if (rng.chance(0.6)) {
                    P mh = member(handler, Role.MONEY_HANDLER, 0.6);
                    mh.involvedIn(pay);
                    account(handler.accounts().getFirst(), mh);
                } else {
                    account(handler.accounts().getFirst(), null);
                }
            }
            if (rng.chance(0.65)) {
                List<P> held = new ArrayList<>(List.of(e));
                if (h != null) held.add(h);
                arrest(main, null, held);
            }
            if (rng.chance(0.3)) member(net.organiser, Role.ORGANISER, 0.5);
            sharedSelectors(e);
            if (rng.chance(0.7)) legs(route(), victims, null, null, null);
            slot("exploiter", e);
            slots.put("address", at instanceof SafeHouse house ? houseAddress(house) : placeName((String) at));
            slots.put("amount", Integer.toString(ransom));
            slots.put("nat", Lexicon.ofCountry(victims.getFirst().actor.nationality, writing));
        }

        /** A smuggled migrant working off a debt: forced labour. */
        private void labour() {
            Member exploiter = rng.pick(net.exploiters);
            P e = member(exploiter, Role.EXPLOITER, 0.8);
            List<P> victims = migrants(rng.chance(0.7) ? 1 : 2);
            victims.sort(java.util.Comparator.comparing(
                    v -> v.actor.gender == Gender.FEMALE)); // the narrative's victim is a man
            String at = town();
            LocalDate recruited = date.minusDays(rng.between(30, 200));
            String recruitment = incident(IncidentKind.RECRUITMENT, recruited, null, null);
            String main = incident(IncidentKind.EXPLOITATION, date, at, null);
            e.involvedIn(main);
            e.involvedIn(recruitment);
            for (P v : victims) {
                v.role = Role.VICTIM;
                v.involvedIn(recruitment);
                v.involvedIn(main);
                v.victim = new Victim(
                        status(),
                        decidedBy(),
                        rng.chance(0.2)
                                ? List.of(ExploitationType.FORCED_LABOUR, ExploitationType.SERVITUDE)
                                : List.of(ExploitationType.FORCED_LABOUR),
                        some(
                                rng,
                                2,
                                4,
                                MethodOfControl.DEBT_BONDAGE,
                                MethodOfControl.WITHHOLDS_DOCUMENTS,
                                MethodOfControl.THREATS_LAW_ENFORCEMENT,
                                MethodOfControl.EXCESSIVE_WORKING_HOURS,
                                MethodOfControl.TAKES_EARNINGS,
                                MethodOfControl.RESTRICTS_FINANCIAL_ACCESS),
                        rng.chance(0.6)
                                ? RecruitmentMethod.THROUGH_FRIENDS_OR_SOCIAL_EVENTS
                                : RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS,
                        some(rng, 0, 2, RecruitmentApp.WHATSAPP, RecruitmentApp.FACEBOOK, RecruitmentApp.TELEGRAM));
                relation(RelationType.EXPLOITED, e, v, null, null);
                if (rng.chance(0.4)) {
                    DocumentSpec passport = world.passportOf(v.actor);
                    document(passport, e);
                }
            }
            if (rng.chance(0.4)) {
                P recruiter = member(rng.pick(net.recruiters), Role.RECRUITER, 0.6);
                recruiter.involvedIn(recruitment);
                relation(RelationType.RECRUITED, recruiter, victims.getFirst(), reporter.month(recruited, rng), null);
            }
            if (rng.chance(0.4)) arrest(main, at, List.of(e));
            sharedSelectors(e);
            slot("exploiter", e);
            slots.put("place", placeName(at));
            slots.put("nat", Lexicon.ofCountry(victims.getFirst().actor.nationality, writing));
        }

        /** Women from the region recruited online and sexually exploited. */
        private void sexual() {
            List<Member> exploiters = new ArrayList<>(net.exploiters);
            Member first = exploiters.remove(rng.nextInt(exploiters.size()));
            P e = member(first, Role.EXPLOITER, 0.8);
            P second = !exploiters.isEmpty() && rng.chance(0.4)
                    ? member(exploiters.getFirst(), Role.EXPLOITER, 0.6)
                    : null;
            List<P> victims = new ArrayList<>();
            for (int j : victimPicks) victims.add(person(world.victim(net, j), Role.VICTIM));
            victims.sort(java.util.Comparator.comparing(
                    v -> v.actor.gender != Gender.FEMALE)); // the narrative's victim is a woman
            Object at = town();
            Member house = net.harbourers.stream()
                    .filter(m -> m.country().equals(reporter.name()))
                    .findFirst()
                    .orElse(null);
            if (house != null && rng.chance(0.3)) at = house.house();
            LocalDate recruited = date.minusDays(rng.between(20, 300));
            String recruitment = incident(IncidentKind.RECRUITMENT, recruited, null, null);
            String main = incident(IncidentKind.EXPLOITATION, date, at, null);
            e.involvedIn(recruitment);
            e.involvedIn(main);
            if (second != null) second.involvedIn(main);
            Handle handle = first.handles().getFirst();
            online(handle, e);
            RecruitmentApp app = switch (handle.platform()) {
                case "Instagram" -> RecruitmentApp.INSTAGRAM;
                case "Facebook" -> RecruitmentApp.FACEBOOK;
                case "TikTok" -> RecruitmentApp.TIKTOK;
                case "Telegram" -> RecruitmentApp.TELEGRAM;
                default -> RecruitmentApp.OTHER;
            };
            for (P v : victims) {
                v.involvedIn(recruitment);
                v.involvedIn(main);
                List<RecruitmentApp> apps = new ArrayList<>(List.of(app));
                if (rng.chance(0.3)) apps.add(rng.pick(RecruitmentApp.WHATSAPP, RecruitmentApp.VIBER));
                v.victim = new Victim(
                        status(),
                        decidedBy(),
                        List.of(ExploitationType.SEXUAL_EXPLOITATION),
                        some(
                                rng,
                                2,
                                4,
                                MethodOfControl.FALSE_PROMISES,
                                MethodOfControl.PSYCHOLOGICAL_ABUSE,
                                MethodOfControl.TAKES_EARNINGS,
                                MethodOfControl.PHYSICAL_THREATS,
                                MethodOfControl.WITHHOLDS_DOCUMENTS,
                                MethodOfControl.PSYCHOACTIVE_SUBSTANCE,
                                MethodOfControl.SEXUAL_ABUSE,
                                MethodOfControl.DEBT_BONDAGE),
                        rng.chance(0.7)
                                ? RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS
                                : RecruitmentMethod.THROUGH_AN_ONLINE_ADVERTISEMENT,
                        apps);
                relation(RelationType.RECRUITED, e, v, reporter.month(recruited, rng), null);
                relation(RelationType.EXPLOITED, e, v, null, null);
                if (second != null) relation(RelationType.EXPLOITED, second, v, null, null);
            }
            if (rng.chance(0.5)) {
                List<P> held = new ArrayList<>(List.of(e));
                if (second != null) held.add(second);
                arrest(main, at, held);
            }
            sharedSelectors(e);
            slot("exploiter", e);
            slots.put("app", handle.platform());
            slots.put("place", at instanceof SafeHouse s ? placeName(s.town()) : placeName((String) at));
            slots.put("nat", Lexicon.ofCountry(victims.getFirst().actor.nationality, writing));
        }

        /** The trafficking side using what the smuggling side uses: its dispatch phone, its hawala. */
        private void sharedSelectors(P exploiter) {
            if (net.hotline != null && rng.chance(0.4)) phone(net.hotline, exploiter);
            if (rng.chance(0.2)) account(net.moneyHandlers.getFirst().accounts().getFirst(), null);
        }

        /** What else smuggling reports often hold: the organiser, payments, recruiters, a witness, the group. */
        private void extras() {
            P organiser = byActor.get(net.organiser.actor().id);
            if (organiser == null && rng.chance(0.3)) {
                organiser = member(net.organiser, Role.ORGANISER, 0.6);
                for (P p : List.copyOf(persons)) {
                    if (p.role.isFacilitator() && p != organiser && rng.chance(0.6)) {
                        relation(RelationType.CONTACTED, p, organiser, null, null);
                    }
                }
                if (!net.organiser.handles().isEmpty() && rng.chance(0.35))
                    online(rng.pick(net.organiser.handles()), organiser);
                if (net.hotline != null && rng.chance(0.3)) phone(net.hotline, organiser);
            }
            List<P> migrants = persons.stream()
                    .filter(p -> p.role == Role.SMUGGLED_MIGRANT)
                    .toList();
            if (!migrants.isEmpty() && rng.chance(0.12)) {
                Member handler = rng.chance(0.75)
                        ? net.moneyHandlers.getFirst()
                        : world.hawaladars.get(net.index % world.hawaladars.size());
                P h = member(handler, Role.MONEY_HANDLER, 0.6);
                account(handler.accounts().getFirst(), h);
                for (P m : migrants.subList(0, Math.min(2, migrants.size()))) {
                    relation(RelationType.PAID, m, h, null, euros(rng.between(10, 60) * 100));
                }
            } else if (!migrants.isEmpty() && organiser != null && rng.chance(0.3)) {
                relation(RelationType.PAID, migrants.getFirst(), organiser, null, euros(rng.between(10, 60) * 100));
            }
            if (!migrants.isEmpty() && rng.chance(0.07)) {
                P recruiter = member(rng.pick(net.recruiters), Role.RECRUITER, 0.5);
                relation(RelationType.RECRUITED, recruiter, migrants.getFirst(), null, null);
                Member rm = net.recruiters.stream()
                        .filter(r -> r.actor() == recruiter.actor)
                        .findFirst()
                        .orElseThrow();
                if (!rm.handles().isEmpty() && rng.chance(0.5))
                    online(rm.handles().getFirst(), recruiter);
            }
            if (net.hotline != null && rng.chance(0.2)) {
                List<P> users = persons.stream()
                        .filter(p -> p.role == Role.DRIVER || p.role == Role.TRANSPORTER || p.role == Role.GUIDE)
                        .toList();
                if (!users.isEmpty()) phone(net.hotline, users.getFirst());
            }
            for (P m : migrants) {
                if (rng.chance(0.04)) {
                    m.victim = new Victim(
                            TraffickingStatus.POSSIBLE_VICTIM,
                            DecisionMakingOrg.POLICE,
                            List.of(),
                            some(
                                    rng,
                                    1,
                                    2,
                                    MethodOfControl.DEBT_BONDAGE,
                                    MethodOfControl.WITHHOLDS_DOCUMENTS,
                                    MethodOfControl.PHYSICAL_THREATS),
                            null,
                            List.of());
                }
                if (rng.chance(0.2)) document(world.passportOf(m.actor), m);
                if (rng.chance(0.03) && !net.documents.isEmpty()) fraudulentDocument(m, rng.pick(net.documents));
            }
            if (reporter != Reporter.HU && rng.chance(0.08)) {
                Actor witness = Actor.create(
                        "W-" + index + "-1",
                        Role.WITNESS,
                        reporter.name(),
                        rng.chance(0.7) ? Gender.MALE : Gender.FEMALE,
                        rng.between(25, 70),
                        date,
                        List.of(),
                        false,
                        rng);
                P w = person(witness, Role.WITNESS);
                if (!incidents.isEmpty()) w.involvedIn(incidents.getFirst().ref());
            }
            List<P> members = persons.stream()
                    .filter(p -> p.role.isFacilitator() && !p.actor.id.startsWith("X-"))
                    .toList();
            if (members.size() >= 2 && rng.chance(0.3)) {
                String name = switch (writing.family()) {
                    case SERBIAN, IJEKAVIAN, CROATIAN ->
                        writing.script("grupa „"
                                + Spelling.serbianLatin(net.groupName.sr().getFirst()) + "“");
                    case MACEDONIAN ->
                        "групата „"
                                + Spelling.macedonianCyrillic(net.groupName.sr().getFirst()) + "“";
                    case ALBANIAN -> "grupi „" + net.groupName.sq().getFirst() + "“";
                    case ENGLISH -> "the \"" + Spelling.plain(net.groupName.en().getFirst()) + "\" group";
                };
                organisations.add(new Organisation(
                        "O1",
                        name,
                        OrganisationKind.CRIMINAL_GROUP,
                        members.stream().map(p -> p.ref).toList()));
            }
        }

        // ---- people ----------------------------------------------------------------------------------

        private List<Member> driversFor(int h) {
            List<Member> out = new ArrayList<>();
            for (Member d : net.drivers) {
                if (d.hop() == h) out.add(d);
            }
            return out;
        }

        private Member pickDriver() {
            List<Member> own = driversFor(hop);
            String country = reporter.name();
            if (rng.chance(0.2)) {
                Member taxi = world.taxiDrivers.get((net.index * 7 + hop) % world.taxiDrivers.size());
                if (taxi.country().equals(country)) return taxi;
            }
            if (rng.chance(0.2)) {
                for (Member d : net.drivers) {
                    if (Math.abs(d.hop() - hop) == 1 && d.country().equals(country)) return d;
                }
            }
            return rng.pick(own);
        }

        /** Migrants of the network's cohort at the date (the same people turn up again and again). */
        private List<P> migrants(int count) {
            int cohort = World.cohort(net, date);
            int[] picks = rng.sample(net.cohortSize, count);
            List<P> out = new ArrayList<>();
            for (int j : picks) {
                Actor a = world.migrant(net, cohort, j);
                P p = person(a, Role.SMUGGLED_MIGRANT);
                if (!out.contains(p)) out.add(p);
                if (a.companion != null && rng.chance(0.85)) {
                    P adult = companion(a.companion);
                    if (adult != null) {
                        relation(RelationType.ASSOCIATE_OF, adult, p, null, null);
                        if (adult.role == Role.SMUGGLED_MIGRANT && !out.contains(adult)) out.add(adult);
                    }
                }
            }
            return out;
        }

        private @Nullable P companion(String id) {
            Actor migrant = world.migrantById(net, id);
            if (migrant != null) return person(migrant, Role.SMUGGLED_MIGRANT);
            for (Member m : net.members()) {
                if (m.actor().id.equals(id)) return member(m, m.actor().role, 0.5);
            }
            return null;
        }

        /** A facilitator, with their phones (the first one with the given chance). */
        private P member(Member m, Role role, double phoneChance) {
            boolean known = byActor.containsKey(m.actor().id);
            P p = person(m.actor(), role);
            if (!known) {
                List<PhoneLine> lines = m.actor().phones;
                for (int i = 0; i < lines.size(); i++) {
                    if (rng.chance(i == 0 ? phoneChance : phoneChance * 0.5)) phone(lines.get(i), p);
                }
                if (!m.accounts().isEmpty() && role != Role.MONEY_HANDLER && rng.chance(0.15))
                    account(m.accounts().getFirst(), p);
            }
            return p;
        }

        private P person(Actor actor, Role role) {
            P existing = byActor.get(actor.id);
            if (existing != null) return existing;
            P p = new P("P" + (persons.size() + 1), actor, role);
            p.unnamed = role.isFacilitator() && rng.chance(0.03);
            p.name = p.unnamed ? null : actor.name(writing, rng);
            String nickname = actor.nickname(writing, rng);
            if (nickname != null && rng.chance(0.6)) p.aliases.add(nickname);
            persons.add(p);
            byActor.put(actor.id, p);
            if (role == Role.SMUGGLED_MIGRANT && !actor.phones.isEmpty() && rng.chance(0.5))
                phone(actor.phones.getFirst(), p);
            return p;
        }

        /** Names a person in the narrative. */
        private void slot(String key, P p) {
            slots.put(key, nameOf(p));
            if (p.actor.gender == Gender.FEMALE) women.add(key);
        }

        private String nameOf(P p) {
            return p.name != null ? p.name : Lexicon.unknownPerson(writing);
        }

        private void arrest(String incident, @Nullable Object at, List<P> who) {
            String ref = rng.chance(0.6) || incidents.stream().noneMatch(i -> i.kind() == IncidentKind.ARREST)
                    ? incident(IncidentKind.ARREST, date, at, null)
                    : incident;
            for (P p : who) arrested(p, ref);
        }

        private void arrested(P p, String incident) {
            p.arrested = true;
            p.involvedIn(incident);
        }

        private TraffickingStatus status() {
            double roll = rng.nextDouble();
            return roll < 0.55
                    ? TraffickingStatus.POSSIBLE_VICTIM
                    : roll < 0.9 ? TraffickingStatus.ACTUAL_VICTIM : TraffickingStatus.NOT_A_VICTIM;
        }

        private DecisionMakingOrg decidedBy() {
            return rng.pick(
                    DecisionMakingOrg.POLICE,
                    DecisionMakingOrg.POLICE,
                    DecisionMakingOrg.NGO,
                    DecisionMakingOrg.NON_POLICE_GOVERNMENTAL_ORGANIZATION,
                    DecisionMakingOrg.COURT_OR_PROSECUTION);
        }

        // ---- places ----------------------------------------------------------------------------------

        /** From, to and via of the report's hop, the network's usual way mostly. */
        private String[] route() {
            int h = hop;
            if (h < 0) {
                List<Integer> touching = new ArrayList<>();
                for (int k = 0; k < net.corridor.hops.size(); k++) {
                    if (net.corridor.hops.get(k).interceptions() > 0
                            && World.reporters(net.corridor, k).contains(reporter.name())) touching.add(k);
                }
                h = touching.isEmpty() ? rng.nextInt(net.corridor.hops.size()) : rng.pick(touching);
            }
            routeHop = h;
            return routeOf(h);
        }

        private String[] routeOf(int h) {
            Hop hp = net.corridor.hops.get(h);
            int alt = rng.chance(0.75)
                    ? net.preferredAlt[h]
                    : rng.nextInt(hp.alternatives().size());
            int prev = h == 0
                    ? 0
                    : rng.chance(0.75)
                            ? net.preferredAlt[h - 1]
                            : rng.nextInt(
                                    net.corridor.hops.get(h - 1).alternatives().size());
            Corridor.Alt a = hp.alternatives().get(alt);
            return new String[] {World.from(net.corridor, h, prev), a.to(), a.via()};
        }

        /** The first of the places that lies in or on the border of the reporting country. */
        private String pickTouching(@Nullable String... keys) {
            for (String key : keys) {
                if (key != null && World.countriesOf(key).contains(reporter.name()) && rng.chance(0.85)) return key;
            }
            for (String key : keys) {
                if (key != null && World.countriesOf(key).contains(reporter.name())) return key;
            }
            return CAPITALS.get(reporter.name());
        }

        /** A town of the reporting country on the network's corridor (or its capital). */
        private String town() {
            List<String> towns = World.towns(net.corridor, reporter.name());
            return towns.isEmpty() || rng.chance(0.15) ? CAPITALS.get(reporter.name()) : rng.pick(towns);
        }

        /** A place as this report writes it: a gazetteer id, a local name, coordinates, or a mix. */
        private org.borderlink.ingest.report.Place place(Object at) {
            if (at instanceof SafeHouse house) {
                String country = rng.chance(0.4) ? Lexicon.countryName(house.country(), writing, rng) : null;
                return new org.borderlink.ingest.report.Place(
                        null, houseAddress(house), country, null, null, PlaceKind.SAFE_HOUSE);
            }
            String key = (String) at;
            Corridor.Unlisted unlisted = Corridor.Unlisted.of(key);
            if (unlisted != null) {
                String country = rng.chance(0.4) ? Lexicon.countryName(unlisted.country, writing, rng) : null;
                PlaceKind kind = unlisted.otherCountry != null ? PlaceKind.BORDER_CROSSING : PlaceKind.CITY;
                return new org.borderlink.ingest.report.Place(
                        null, placeName(key), country, null, null, rng.chance(0.5) ? kind : null);
            }
            Place p = World.place(key);
            PlaceKind kind = rng.chance(0.4) ? kindOf(p) : null;
            String country = rng.chance(0.25) ? Lexicon.countryName(p.countryA().code(), writing, rng) : null;
            double roll = rng.nextDouble();
            if (roll < 0.38) return new org.borderlink.ingest.report.Place(p.id(), null, null, null, null, kind);
            if (roll < 0.52)
                return new org.borderlink.ingest.report.Place(p.id(), placeName(key), null, null, null, kind);
            if (roll < 0.78)
                return new org.borderlink.ingest.report.Place(null, placeName(key), country, null, null, kind);
            double lat = round(p.lat() + (rng.nextDouble() - 0.5) * 0.004);
            double lon = round(p.lon() + (rng.nextDouble() - 0.5) * 0.004);
            if (roll < 0.9) return new org.borderlink.ingest.report.Place(null, null, null, lat, lon, null);
            return new org.borderlink.ingest.report.Place(null, placeName(key), null, lat, lon, kind);
        }

        private static double round(double degrees) {
            return Math.round(degrees * 100_000) / 100_000.0;
        }

        private static @Nullable PlaceKind kindOf(Place p) {
            return switch (p.kind()) {
                case "BORDER_CROSSING" -> PlaceKind.BORDER_CROSSING;
                case "CITY" -> PlaceKind.CITY;
                case "HOTSPOT" -> PlaceKind.HOTSPOT;
                default -> null;
            };
        }

        /** How this report names a place: a local spelling the gazetteer understands, else its usual name. */
        private String placeName(String key) {
            Corridor.Unlisted unlisted = Corridor.Unlisted.of(key);
            if (unlisted != null) {
                return switch (writing) {
                    case SR_CYRL -> Spelling.serbianCyrillic(unlisted.serbian);
                    case SR_LATN -> unlisted.serbian;
                    case BS, ME, HR -> unlisted.bosnian;
                    case MK -> unlisted.macedonian;
                    case SQ -> unlisted.albanian;
                    case EN -> unlisted.english;
                };
            }
            Place p = World.place(key);
            List<String> candidates = spellings(p);
            String pick = rng.pick(candidates);
            if (check(pick, p)) return pick;
            for (String c : candidates) {
                if (check(c, p)) return c;
            }
            return p.name();
        }

        private boolean check(String spelling, Place p) {
            String k = spelling + "|" + reporter.name() + "|" + p.id();
            return resolves.computeIfAbsent(
                    k,
                    x -> World.GAZETTEER
                            .match(spelling, CountryCode.of(reporter.name()))
                            .id()
                            .equals(p.id()));
        }

        private List<String> spellings(Place p) {
            List<String> out = new ArrayList<>();
            String[] latinSides = p.name().replaceAll("\\s*\\(.*\\)", "").split("\\s*[–—]\\s*");
            String[] localSides = p.nameLocal().split("\\s*[–—]\\s*");
            boolean crossing = p.kind().equals("BORDER_CROSSING");
            String mine = reporter.name();
            int side = p.countryB() != null && p.countryB().code().equals(mine) ? 1 : 0;
            switch (writing) {
                case SR_CYRL, MK -> {
                    boolean cyrillic = p.nameLocal().chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF);
                    if (cyrillic) {
                        out.add(p.nameLocal());
                        String s = localSides[Math.min(side, localSides.length - 1)];
                        if (s.chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF)) {
                            out.add(s);
                            if (crossing) out.add("ГП " + s);
                        }
                    } else {
                        out.add(p.name());
                        String latin = latinSides[Math.min(side, latinSides.length - 1)];
                        out.add(
                                writing == Writing.MK
                                        ? Spelling.macedonianCyrillic(latin)
                                        : Spelling.serbianCyrillic(latin));
                    }
                }
                case SQ -> {
                    boolean albanian = p.countryA().code().equals("AL")
                            || p.countryA().code().equals("XK");
                    String s = albanian ? localSides[0] : latinSides[Math.min(side, latinSides.length - 1)];
                    out.add(s);
                    if (albanian) out.add(inflect(s));
                    if (!albanian) out.add(p.name());
                }
                default -> {
                    out.add(p.name());
                    String s = latinSides[Math.min(side, latinSides.length - 1)];
                    out.add(s);
                    out.add(Spelling.plain(s));
                    if (crossing) out.add("GP " + s);
                    if (writing != Writing.EN) out.addAll(latinOfLocal(p));
                }
            }
            return out;
        }

        /** Albanian definite form: Shkodër → Shkodra, Tiranë → Tirana, Kukës → Kukësi. */
        private static String inflect(String name) {
            if (name.endsWith("ër")) return name.substring(0, name.length() - 2) + "ra";
            if (name.endsWith("ë")) return name.substring(0, name.length() - 1) + "a";
            if (name.endsWith("s") || name.endsWith("n")) return name + "i";
            return name;
        }

        private String houseAddress(SafeHouse house) {
            Place town = World.place(house.town());
            String text = switch (writing) {
                case SQ -> house.street() + ", " + town.nameLocal();
                case SR_CYRL -> Spelling.serbianCyrillic(house.street()) + ", " + town.nameLocal();
                case MK -> Spelling.macedonianCyrillic(house.street()) + ", " + town.nameLocal();
                default -> house.street() + ", " + town.name();
            };
            return text;
        }

        // ---- incidents, relations, legs --------------------------------------------------------------

        private String incident(IncidentKind kind, LocalDate when, @Nullable Object at, @Nullable Integer migrants) {
            String ref = "I" + (incidents.size() + 1);
            String written = reporter.date(
                    when,
                    rng,
                    kind == IncidentKind.RECRUITMENT || kind == IncidentKind.EXPLOITATION ? 0.4 : 0.06,
                    0.03);
            Boolean estimated = rng.chance(0.05) ? Boolean.TRUE : null;
            incidents.add(new Incident(ref, kind, written, estimated, at == null ? null : place(at), migrants, null));
            return ref;
        }

        private void relation(RelationType type, P from, P to, @Nullable String date, @Nullable Money amount) {
            if (from == to) return;
            relations.add(new Relation(type, from.ref, to.ref, date, amount));
        }

        private void legs(
                String[] route,
                List<P> travellers,
                @Nullable P driver,
                @Nullable String vehicleRef,
                @Nullable VehicleSpec spec) {
            int h = routeHop;
            int count = Math.min(h + 1, rng.between(1, 3));
            List<String[]> routes = new ArrayList<>();
            for (int k = h - count + 1; k < h; k++) routes.add(routeOf(k));
            routes.add(route);
            for (int k = 1; k < routes.size(); k++) routes.get(k)[0] = routes.get(k - 1)[1];
            LocalDate when = date;
            List<LocalDate> dates = new ArrayList<>();
            for (int k = routes.size() - 1; k >= 0; k--) {
                dates.addFirst(when);
                when = when.minusDays(rng.between(1, 25));
            }
            int attempts = rng.weighted(0.6, 0.25, 0.15);
            for (int k = 0; k < routes.size(); k++) {
                String[] r = routes.get(k);
                Hop hp = net.corridor.hops.get(h - routes.size() + 1 + k);
                boolean last = k == routes.size() - 1;
                TransportMode mode;
                if (last && spec != null) {
                    mode = spec.make().startsWith("Scania") || spec.make().startsWith("MAN")
                            ? TransportMode.TRUCK
                            : hp.modes().contains(TransportMode.TAXI) && rng.chance(0.3)
                                    ? TransportMode.TAXI
                                    : spec.make()
                                                    .matches(
                                                            ".*(Sprinter|Transit|Master|Trafic|Boxer|Daily|Ducato|Jumper|Vito|Vivaro).*")
                                            ? TransportMode.VAN
                                            : TransportMode.CAR;
                } else {
                    mode = rng.pick(hp.modes());
                }
                String legDate = rng.chance(0.08) ? null : reporter.date(dates.get(k), rng, 0.25, 0.02);
                Money price = null;
                if (rng.chance(0.6)) {
                    int base = rng.between(hp.priceMin(), hp.priceMax());
                    int value = (int) Math.round(base * (1 + 0.35 * attempts) / 50.0) * 50;
                    price = euros(Math.max(50, value));
                }
                List<String> who =
                        new ArrayList<>(travellers.stream().map(p -> p.ref).toList());
                List<String> vehicles = List.of();
                if (last && driver != null) who.add(driver.ref);
                if (last && vehicleRef != null) vehicles = List.of(vehicleRef);
                legs.add(new Leg(
                        "L" + (++legCount),
                        legs.size() + 1,
                        place(r[0]),
                        place(r[1]),
                        r[2] == null ? null : place(r[2]),
                        mode,
                        legDate,
                        price,
                        who,
                        vehicles));
            }
        }

        // ---- selectors -------------------------------------------------------------------------------

        private Sel selector(String key, String prefix, BiFunction<String, List<String>, Selector> make) {
            Sel s = selectors.get(key);
            if (s == null) {
                s = new Sel(prefix + selectorCounts.merge(prefix, 1, Integer::sum), make);
                selectors.put(key, s);
            }
            return s;
        }

        private void phone(PhoneLine line, @Nullable P user) {
            String number = line.written(reporter.name(), rng);
            String imei = line.imei() != null && rng.chance(0.5) ? line.imei() : null;
            Sel s = selector("phone:" + line.e164(), "PH", (ref, used) -> new Phone(ref, used, number, imei));
            if (user != null) s.usedBy.add(user.ref);
        }

        /** Adds the vehicle and returns its ref and its plate as written. */
        private String[] vehicle(VehicleSpec spec, P driver) {
            String plate = spec.written(writing, rng);
            boolean cyrillic =
                    !plate.equals(Spelling.plain(plate)) && plate.chars().anyMatch(c -> c >= 0x400);
            String country = cyrillic || rng.chance(0.85) ? Lexicon.countryName(spec.country(), writing, rng) : null;
            String colour = rng.chance(0.7) ? Lexicon.colour(spec.colour(), writing) : null;
            String concealment = spec.concealment() >= 0 && rng.chance(0.8)
                    ? Lexicon.concealment(spec.concealment(), writing)
                    : null;
            String key = "vehicle:" + spec.plate();
            Sel s = selector(
                    key, "V", (ref, used) -> new Vehicle(ref, used, plate, country, spec.make(), colour, concealment));
            s.usedBy.add(driver.ref);
            return new String[] {s.ref, plate};
        }

        private Sel document(DocumentSpec spec, @Nullable P holder) {
            String issuer = rng.chance(0.9) ? issuerWord(spec.issuer()) : null;
            String key = "document:" + spec.issuer() + ":" + spec.number();
            Sel s = selector(
                    key,
                    "D",
                    (ref, used) -> new Document(ref, used, spec.type(), issuer, spec.number(), spec.status()));
            if (holder != null) s.usedBy.add(holder.ref);
            return s;
        }

        private Sel fraudulentDocument(P migrant, DocumentSpec spec) {
            Sel s = document(spec, migrant);
            if (spec.holder() != null && spec.status() != DocumentStatus.STOLEN_BLANK && rng.chance(0.6)) {
                if (!migrant.aliases.contains(spec.holder())) migrant.aliases.add(spec.holder());
            }
            return s;
        }

        private String issuerWord(String iso) {
            double roll = rng.nextDouble();
            if (roll < 0.35) return Lexicon.iso3(iso);
            return Lexicon.countryName(iso, writing, rng);
        }

        private void account(AccountSpec spec, @Nullable P user) {
            String key = "account:" + spec.kind() + ":" + spec.identifier();
            String provider = rng.chance(0.7) ? spec.provider() : null;
            Sel s = selector(key, "A", (ref, used) -> new Account(ref, used, spec.kind(), spec.identifier(), provider));
            if (user != null) s.usedBy.add(user.ref);
        }

        private void online(Handle handle, @Nullable P user) {
            String key = "online:" + handle.platform() + ":" + handle.handle();
            Sel s = selector(
                    key, "OA", (ref, used) -> new OnlineAccount(ref, used, handle.platform(), handle.handle()));
            if (user != null) s.usedBy.add(user.ref);
        }

        // ---- outcomes, marking, correction ---------------------------------------------------------------

        private void drawFunnel() {
            boolean trafficking = type != CaseType.SOM;
            for (P p : persons) {
                if (!p.arrested) continue;
                funnel.add(new Step(p, OutcomeKind.ARREST, date, null));
                if (!rng.chance(0.8)) continue;
                LocalDate charged = date.plusDays(rng.between(1, 30));
                funnel.add(new Step(p, OutcomeKind.CHARGE, charged, null));
                if (!rng.chance(0.6)) continue;
                LocalDate indicted = charged.plusDays(rng.between(60, 240));
                funnel.add(new Step(p, OutcomeKind.INDICTMENT, indicted, null));
                double verdict = rng.nextDouble();
                LocalDate decided = indicted.plusDays(rng.between(120, 600));
                if (verdict < 0.7) {
                    int months = trafficking ? rng.between(36, 144) : rng.between(6, 60);
                    funnel.add(new Step(p, OutcomeKind.CONVICTION, decided, months));
                } else if (verdict < 0.82) {
                    funnel.add(new Step(p, OutcomeKind.ACQUITTAL, decided, null));
                }
            }
        }

        private void drawMarking() {
            double roll = rng.nextDouble();
            Tlp tlp = roll < 0.02
                    ? Tlp.CLEAR
                    : roll < 0.2 ? Tlp.GREEN : roll < 0.82 ? Tlp.AMBER : roll < 0.94 ? Tlp.AMBER_STRICT : Tlp.RED;
            if (type != CaseType.SOM && (tlp == Tlp.CLEAR || tlp == Tlp.GREEN)) tlp = Tlp.AMBER;
            HandlingCode handling = HandlingCode.values()[rng.weighted(0.35, 0.25, 0.3, 0.1)];
            Set<String> to = new LinkedHashSet<>();
            switch (tlp) {
                case AMBER -> {
                    if (rng.chance(0.75)) {
                        List<String> countries = new ArrayList<>(net.countries);
                        countries.add(rng.pick(WB));
                        for (int k = rng.between(1, 3); k > 0; k--) to.add(rng.pick(countries));
                        to.remove(reporter.name());
                    } else {
                        for (int k = rng.between(1, 3); k > 0; k--) to.add(rng.pick(ALL_AGENCIES));
                        to.remove(agency.id());
                    }
                }
                case AMBER_STRICT, RED -> {
                    for (int k = rng.between(0, 2); k > 0; k--) to.add(rng.pick(ALL_AGENCIES));
                    to.remove(agency.id());
                }
                default -> {}
            }
            marking = new ReportMarking(tlp, handling, List.copyOf(to));
            double g = rng.nextDouble();
            grading = g < 0.35
                    ? "B2"
                    : g < 0.5
                            ? "B3"
                            : g < 0.58
                                    ? "A1"
                                    : g < 0.68
                                            ? "A2"
                                            : g < 0.73
                                                    ? "B1"
                                                    : g < 0.81
                                                            ? "C3"
                                                            : g < 0.86
                                                                    ? "C2"
                                                                    : g < 0.91 ? "X4" : g < 0.95 ? "X3" : "C4";
        }

        /** Version 2: what the agency learnt or corrected since, drawn from a stream of its own. */
        void revise() {
            Rng rev = Rng.of(world.seed, 200, index);
            LocalDate later = min(knownBy.plusDays(rev.between(90, 540)), World.LAST_DAY);
            knownBy = later.isAfter(knownBy) ? later : knownBy.plusDays(rev.between(1, 30));
            receivedOn = knownBy.toString();
            List<P> named = persons.stream().filter(p -> p.role.isFacilitator()).toList();
            if (!named.isEmpty() && rev.chance(0.4)) {
                P p = rev.pick(named);
                p.unnamed = false;
                p.name = p.actor.name(writing, rev);
            }
            if (marking.tlp() == Tlp.AMBER && rev.chance(0.3)) {
                List<String> wider = new ArrayList<>(marking.releasableTo());
                String extra = rev.pick(WB);
                if (!wider.contains(extra)
                        && !extra.equals(reporter.name())
                        && wider.stream().noneMatch(e -> e.contains("-"))) {
                    wider.add(extra);
                    marking = new ReportMarking(marking.tlp(), marking.handling(), wider);
                }
            }
            if (!incidents.isEmpty() && rev.chance(0.3)) {
                Incident first = incidents.getFirst();
                incidents.set(
                        0,
                        new Incident(
                                first.ref(),
                                first.kind(),
                                reporter.dayPlain(date),
                                null,
                                first.place(),
                                first.migrants(),
                                first.description()));
            }
        }

        // ---- the report ------------------------------------------------------------------------------

        GeneratedReport build() {
            String reference = agency.prefix() + "-" + date.getYear() + "-" + world.register
                    + String.format(Locale.ROOT, "%06d", index + 1);
            List<Outcome> outcomes = new ArrayList<>();
            for (Step s : funnel) {
                String written = reporter.day(s.date(), rng);
                if (!s.date().isAfter(knownBy))
                    outcomes.add(new Outcome(s.kind(), s.person().ref, written, s.months(), null));
            }
            if (statusGiven) status = status(outcomes);
            List<Person> people = new ArrayList<>();
            List<TrueMention> mentions = new ArrayList<>();
            String key = agency.id() + ":" + reference;
            for (P p : persons) {
                people.add(personRecord(p));
                Actor a = p.actor;
                mentions.add(new TrueMention(
                        new MentionKey(key, version, p.ref),
                        new TruePerson(a.id, a.canonicalName(), a.nationality, a.gender),
                        p.role));
            }
            List<Phone> phones = new ArrayList<>();
            List<Vehicle> vehicles = new ArrayList<>();
            List<Document> documents = new ArrayList<>();
            List<Account> accounts = new ArrayList<>();
            List<OnlineAccount> onlines = new ArrayList<>();
            for (Sel s : selectors.values()) {
                switch (s.make.apply(s.ref, List.copyOf(s.usedBy))) {
                    case Phone x -> phones.add(x);
                    case Vehicle x -> vehicles.add(x);
                    case Document x -> documents.add(x);
                    case Account x -> accounts.add(x);
                    case OnlineAccount x -> onlines.add(x);
                }
            }
            CaseReport report = new CaseReport(
                    CaseReport.SCHEMA_VERSION,
                    agency.id(),
                    rng.chance(0.6) ? reporter.name() : Lexicon.countryName(reporter.name(), writing, rng),
                    reference,
                    version,
                    reporter.day(reportedOn, rng),
                    receivedOn,
                    type,
                    marking,
                    grading,
                    narrative,
                    status,
                    incidents,
                    people,
                    organisations,
                    new Selectors(phones, vehicles, documents, accounts, onlines),
                    relations,
                    legs,
                    outcomes);
            return new GeneratedReport(report, mentions);
        }

        private CaseStatus status(List<Outcome> outcomes) {
            boolean court = outcomes.stream()
                    .anyMatch(o -> o.kind() == OutcomeKind.INDICTMENT || o.kind() == OutcomeKind.CONVICTION);
            boolean done = outcomes.stream()
                    .anyMatch(o -> o.kind() == OutcomeKind.CONVICTION || o.kind() == OutcomeKind.ACQUITTAL);
            if (done) return CaseStatus.CLOSED;
            if (court) return CaseStatus.CLOSED_REFERRED;
            if (!outcomes.isEmpty()) return CaseStatus.ACTIVE;
            return version > 1 ? CaseStatus.FOLLOW_UP : CaseStatus.ACTIVE;
        }

        private Person personRecord(P p) {
            Actor a = p.actor;
            boolean protectedPerson = p.role.isProtected();
            double birthChance = protectedPerson ? (p.role == Role.VICTIM ? 0.3 : 0.45) : 0.6;
            String birthDate = rng.chance(birthChance) ? reporter.day(a.birthDate, rng) : null;
            Boolean estimated = birthDate != null && a.birthEstimated && rng.chance(0.7) ? Boolean.TRUE : null;
            int age = a.age(date);
            boolean minor = age < 18;
            AgeBand band = rng.chance(p.role == Role.VICTIM || minor ? 0.85 : 0.45) ? AgeBand.ofAge(age) : null;
            Boolean minorFlag =
                    minor ? (rng.chance(0.9) ? Boolean.TRUE : null) : (rng.chance(0.15) ? Boolean.FALSE : null);
            String nationality = rng.chance(0.9) ? Lexicon.countryWord(a.nationality, writing, rng) : null;
            List<String> languages = protectedPerson && rng.chance(0.3) ? a.languages : List.of();
            return new Person(
                    p.ref,
                    p.role,
                    p.name,
                    p.aliases,
                    rng.chance(0.8) ? a.gender : null,
                    birthDate,
                    estimated,
                    band,
                    nationality,
                    languages,
                    minorFlag,
                    p.incidents,
                    p.victim);
        }

        private String dayOrMonth(LocalDate when) {
            return rng.chance(0.7) ? reporter.day(when, rng) : reporter.month(when, rng);
        }
    }

    private static Money euros(int amount) {
        return new Money(BigDecimal.valueOf(amount), "EUR");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @SafeVarargs
    private static <T> List<T> some(Rng rng, int min, int max, T... values) {
        int[] picks = rng.sample(values.length, rng.between(min, max));
        java.util.Arrays.sort(picks);
        List<T> out = new ArrayList<>(picks.length);
        for (int i : picks) out.add(values[i]);
        return out;
    }
}
