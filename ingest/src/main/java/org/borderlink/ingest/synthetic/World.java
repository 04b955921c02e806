package org.borderlink.ingest.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.Role;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.normalise.Place;
import org.borderlink.ingest.synthetic.Assets.AccountSpec;
import org.borderlink.ingest.synthetic.Assets.DocumentSpec;
import org.borderlink.ingest.synthetic.Assets.Handle;
import org.borderlink.ingest.synthetic.Assets.PhoneLine;
import org.borderlink.ingest.synthetic.Assets.SafeHouse;
import org.borderlink.ingest.synthetic.Assets.VehicleSpec;
import org.borderlink.ingest.synthetic.Corridor.Hop;
import org.jspecify.annotations.Nullable;

/**
 * The simulated world behind the reports: smuggling networks along the corridors, their facilitators with
 * their phones, vehicles, accounts, handles, safe houses and documents, freelancers who serve several
 * networks, and — derived on demand from the seed, so that they need no memory — the migrants each network
 * moves and the people its trafficking side exploits.
 */
final class World {

    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    static final LocalDate LAST_INCIDENT = LocalDate.of(2025, 9, 30);
    /** Nothing is dated later: reports, outcomes and corrections all happen by then. */
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    static final int COHORT_DAYS = 90;
    static final double SMUGGLING_SHARE = 0.86;

    static final Gazetteer GAZETTEER = Gazetteer.load();

    private static final String[] MIGRANT_NATIONALITIES = {
        "AF", "PK", "SY", "MA", "BD", "IQ", "IR", "TR", "PS", "EG", "SO", "IN", "NP", "TN", "DZ", "LY"
    };
    private static final double[] MIGRANT_WEIGHTS = {30, 18, 12, 9, 7, 6, 5, 4, 3, 2, 2, 1.5, 1, 1.5, 1.5, 0.5};
    private static final Set<String> REPORTERS = Set.of("RS", "BA", "ME", "MK", "AL", "XK", "HR", "HU");

    final long seed;
    /**
     * Two letters or digits in every reference, different for different {@code (reports, seed)}: the references
     * are numbered from 1, and two generated data sets loaded into one graph must not claim the same report ids.
     */
    final String register;

    final List<Network> networks = new ArrayList<>();
    final double[] cumulative;
    final double[] traffickingCumulative;
    final int[] traffickingNetworks;
    final List<Member> hawaladars = new ArrayList<>();
    final List<Member> forgers = new ArrayList<>();
    final List<Member> taxiDrivers = new ArrayList<>();

    /**
     * A facilitator and what they use.
     *
     * @param hop the hop of the network's corridor they work on, -1 if none in particular
     * @param country where they operate (for harbourers and freelancers)
     */
    record Member(
            Actor actor,
            int hop,
            String country,
            List<VehicleSpec> vehicles,
            @Nullable SafeHouse house,
            List<AccountSpec> accounts,
            List<Handle> handles,
            List<DocumentSpec> documents) {}

    /** One smuggling network and, for some, its trafficking side. */
    static final class Network {
        final int index;
        final String id;
        final Corridor corridor;
        final double weight;
        final LocalDate start;
        final int days;
        final int[] preferredAlt;
        final String[] nationalities;
        final double[] nationalityWeights;
        final List<String> countries;
        Member organiser;
        final List<Member> recruiters = new ArrayList<>();
        final List<Member> drivers = new ArrayList<>();
        final List<Member> guides = new ArrayList<>();
        final List<Member> moneyHandlers = new ArrayList<>();
        final List<Member> harbourers = new ArrayList<>();
        final List<Member> forgers = new ArrayList<>();
        final List<Member> exploiters = new ArrayList<>();
        final List<DocumentSpec> documents = new ArrayList<>();

        @Nullable
        PhoneLine hotline;

        Names.Part groupName;
        int cohortSize;
        int victims;

        Network(int index, Corridor corridor, double weight, LocalDate start, int days, Rng rng) {
            this.index = index;
            this.id = String.format(java.util.Locale.ROOT, "N%04d", index);
            this.corridor = corridor;
            this.weight = weight;
            this.start = start;
            this.days = days;
            this.preferredAlt = new int[corridor.hops.size()];
            for (int h = 0; h < preferredAlt.length; h++) {
                preferredAlt[h] =
                        rng.nextInt(corridor.hops.get(h).alternatives().size());
            }
            int count = rng.weighted(0.45, 0.4, 0.15) + 1;
            nationalities = new String[count];
            nationalityWeights = new double[count];
            for (int i = 0; i < count; i++) {
                nationalities[i] = MIGRANT_NATIONALITIES[rng.weighted(MIGRANT_WEIGHTS)];
                nationalityWeights[i] = i == 0 ? 3 : 1;
            }
            countries = corridorCountries(corridor);
            groupName = rng.pick(Names.NICKNAMES);
        }

        boolean trafficking() {
            return !exploiters.isEmpty();
        }

        int cohorts() {
            return Math.max(1, (days + COHORT_DAYS - 1) / COHORT_DAYS);
        }

        /** Every named facilitator of the network, freelancers not included. */
        List<Member> members() {
            List<Member> all = new ArrayList<>();
            all.add(organiser);
            all.addAll(recruiters);
            all.addAll(drivers);
            all.addAll(guides);
            all.addAll(moneyHandlers);
            all.addAll(harbourers);
            all.addAll(forgers);
            all.addAll(exploiters);
            return all;
        }
    }

    World(int reports, long seed) {
        this.seed = seed;
        this.register = Integer.toString(Math.floorMod(Long.hashCode(seed) * 31 + reports, 36 * 36) + 36 * 36, 36)
                .substring(1)
                .toUpperCase(java.util.Locale.ROOT);
        int count = Math.max(3, Math.round(reports / 25f));
        Rng rng = Rng.of(seed, 0);
        for (int i = 0; i < Math.max(1, count / 6); i++) hawaladars.add(hawaladar("X-HAW-" + pad(i), rng));
        for (int i = 0; i < Math.max(1, count / 8); i++)
            forgers.add(forger("X-FRG-" + pad(i), rng.pick("RS", "BA", "TR", "AL"), rng));
        for (int i = 0; i < Math.max(1, count / 8); i++)
            taxiDrivers.add(taxi("X-TAX-" + pad(i), rng.chance(0.6) ? "BA" : "RS", rng));
        double total = 0;
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            Network n = network(i, Rng.of(seed, 1, i));
            networks.add(n);
            weights[i] = n.weight;
            total += n.weight;
        }
        cumulative = cumulate(weights);
        List<Integer> trafficking = new ArrayList<>();
        for (Network n : networks) {
            double expected = reports * SMUGGLING_SHARE * n.weight / total;
            double mentions = expected * 5.5 / n.cohorts();
            n.cohortSize = Math.max(4, (int) Math.round(mentions / 1.6));
            if (n.trafficking()) trafficking.add(n.index);
        }
        if (trafficking.isEmpty()) {
            Network n = networks.getFirst();
            addTrafficking(n, Rng.of(seed, 1, n.index, 1));
            trafficking.add(n.index);
        }
        traffickingNetworks = trafficking.stream().mapToInt(Integer::intValue).toArray();
        double[] tw = new double[traffickingNetworks.length];
        for (int i = 0; i < tw.length; i++) tw[i] = networks.get(traffickingNetworks[i]).weight;
        traffickingCumulative = cumulate(tw);
    }

    private static double[] cumulate(double[] weights) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }

    Network pickNetwork(Rng rng) {
        return networks.get(rng.cumulative(cumulative));
    }

    Network pickTraffickingNetwork(Rng rng) {
        return networks.get(traffickingNetworks[rng.cumulative(traffickingCumulative)]);
    }

    static String pad(int i) {
        return String.format(java.util.Locale.ROOT, "%03d", i);
    }

    // ---- places --------------------------------------------------------------------------------------

    /** A gazetteer place by id. */
    static Place place(String id) {
        return GAZETTEER.byId(id).orElseThrow(() -> new IllegalStateException("gazetteer has no " + id));
    }

    /** The countries a place key (gazetteer id or unlisted) lies in or borders. */
    static List<String> countriesOf(String key) {
        Corridor.Unlisted unlisted = Corridor.Unlisted.of(key);
        if (unlisted != null) {
            return unlisted.otherCountry == null
                    ? List.of(unlisted.country)
                    : List.of(unlisted.country, unlisted.otherCountry);
        }
        Place p = place(key);
        return p.countryB() == null
                ? List.of(p.countryA().code())
                : List.of(p.countryA().code(), p.countryB().code());
    }

    /** Where hop {@code h} of a corridor starts when the previous hop took its {@code alt}-th way. */
    static String from(Corridor corridor, int h, int previousAlt) {
        if (h == 0) return corridor.start;
        List<Corridor.Alt> alts = corridor.hops.get(h - 1).alternatives();
        return alts.get(Math.min(previousAlt, alts.size() - 1)).to();
    }

    /** The reporting countries whose agencies see incidents on hop {@code h} (where it starts, crosses and ends). */
    static List<String> reporters(Corridor corridor, int h) {
        Set<String> out = new LinkedHashSet<>();
        Hop hop = corridor.hops.get(h);
        out.addAll(countriesOf(from(corridor, h, 0)));
        for (Corridor.Alt alt : hop.alternatives()) {
            out.addAll(countriesOf(alt.to()));
            if (alt.via() != null) out.addAll(countriesOf(alt.via()));
        }
        out.retainAll(REPORTERS);
        return List.copyOf(out);
    }

    private static List<String> corridorCountries(Corridor corridor) {
        Set<String> out = new LinkedHashSet<>();
        for (int h = 0; h < corridor.hops.size(); h++) {
            if (corridor.hops.get(h).interceptions() > 0) out.addAll(reporters(corridor, h));
        }
        out.removeIf(c -> !Reporter.of(c).westernBalkans());
        return List.copyOf(out);
    }

    /** Towns and hotspots on the corridor in {@code country}, where safe houses and exploitation are. */
    static List<String> towns(Corridor corridor, String country) {
        Set<String> out = new LinkedHashSet<>();
        for (Hop hop : corridor.hops) {
            for (Corridor.Alt alt : hop.alternatives()) {
                if (Corridor.Unlisted.of(alt.to()) != null) continue;
                Place p = place(alt.to());
                if (p.countryB() == null && p.countryA().code().equals(country)) out.add(p.id());
            }
        }
        return List.copyOf(out);
    }

    // ---- networks ------------------------------------------------------------------------------------

    private Network network(int i, Rng rng) {
        Corridor[] corridors = Corridor.values();
        double[] cw = new double[corridors.length];
        for (int c = 0; c < cw.length; c++) cw[c] = corridors[c].weight;
        Corridor corridor = corridors[rng.weighted(cw)];
        double weight = Math.min(8, Math.max(0.2, Math.exp(0.9 * rng.gaussian())));
        long span = ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2025, 6, 30));
        LocalDate start = FIRST_DAY.plusDays(rng.nextInt((int) span));
        int days = (int) Math.min(rng.between(150, 540), ChronoUnit.DAYS.between(start, LAST_INCIDENT));
        Network n = new Network(i, corridor, weight, start, days, rng);
        String id = n.id;
        List<String> wb = n.countries;

        String orgNationality = rng.chance(0.55) ? rng.pick(wb) : migrantNationality(n, rng);
        List<String> orgPhones = new ArrayList<>();
        orgPhones.add(simCountry(orgNationality, wb, rng));
        orgPhones.add(rng.pick(wb));
        if (rng.chance(0.3)) orgPhones.add(rng.pick("AT", "DE", "TR", "GR"));
        Actor organiser = Actor.create(
                id + "-ORG",
                Role.ORGANISER,
                orgNationality,
                Gender.MALE,
                rng.between(30, 58),
                start,
                orgPhones,
                rng.chance(0.6),
                rng);
        List<AccountSpec> orgAccounts = new ArrayList<>();
        if (rng.chance(0.4)) orgAccounts.add(Assets.wallet(rng));
        if (rng.chance(0.3)) orgAccounts.add(Assets.transfer(rng));
        List<Handle> orgHandles = new ArrayList<>();
        for (int k = rng.between(1, 2); k > 0; k--)
            orgHandles.add(Assets.handle(rng, organiser.phones.getFirst(), false));
        n.organiser = new Member(organiser, -1, orgNationality, List.of(), null, orgAccounts, orgHandles, List.of());

        for (int r = rng.between(1, 2); r > 0; r--) {
            String nat = migrantNationality(n, rng);
            Actor a = Actor.create(
                    id + "-REC" + r,
                    Role.RECRUITER,
                    nat,
                    Gender.MALE,
                    rng.between(24, 45),
                    start,
                    List.of(Assets.hasPhones(nat) ? nat : rng.pick("TR", "GR")),
                    rng.chance(0.3),
                    rng);
            n.recruiters.add(new Member(
                    a,
                    -1,
                    nat,
                    List.of(),
                    null,
                    List.of(),
                    List.of(Assets.handle(rng, a.phones.getFirst(), false)),
                    List.of()));
        }

        List<Hop> hops = corridor.hops;
        int drivers = 0;
        for (int h = 0; h < hops.size(); h++) {
            Hop hop = hops.get(h);
            if (hop.interceptions() <= 0 || !hop.byVehicle()) continue;
            List<String> local = reporters(corridor, h).stream()
                    .filter(c -> Reporter.of(c).westernBalkans())
                    .toList();
            if (local.isEmpty()) continue;
            for (int k = rng.chance(0.3) ? 2 : 1; k > 0; k--) {
                String nat = rng.pick(local);
                List<String> sims = new ArrayList<>(List.of(nat));
                if (rng.chance(0.3)) sims.add(rng.pick(wb));
                Actor a = Actor.create(
                        id + "-DRV" + (++drivers),
                        Role.DRIVER,
                        nat,
                        rng.chance(0.95) ? Gender.MALE : Gender.FEMALE,
                        rng.between(20, 55),
                        start,
                        sims,
                        rng.chance(0.25),
                        rng);
                List<VehicleSpec> vehicles = new ArrayList<>();
                for (int v = rng.chance(0.35) ? 2 : 1; v > 0; v--) {
                    String plateCountry = rng.chance(0.75) ? nat : rng.pick("AT", "DE", "HR", "BG", rng.pick(wb));
                    vehicles.add(Assets.vehicle(plateCountry, rng));
                }
                List<AccountSpec> accounts = rng.chance(0.15) ? List.of(Assets.bank(nat, rng)) : List.of();
                n.drivers.add(new Member(a, h, nat, List.copyOf(vehicles), null, accounts, List.of(), List.of()));
            }
        }

        int guides = 0;
        for (int h = 0; h < hops.size(); h++) {
            Hop hop = hops.get(h);
            if (hop.interceptions() <= 0 || !hop.crossesBorder()) continue;
            if (!rng.chance(0.75) && !(guides == 0 && h == hops.size() - 1)) continue;
            List<String> local = reporters(corridor, h).stream()
                    .filter(c -> Reporter.of(c).westernBalkans())
                    .toList();
            String nat = rng.chance(0.55) || local.isEmpty() ? migrantNationality(n, rng) : rng.pick(local);
            String sim = local.isEmpty()
                    ? simCountry(nat, wb, rng)
                    : rng.chance(0.6) ? rng.pick(local) : simCountry(nat, wb, rng);
            Actor a = Actor.create(
                    id + "-GDE" + (++guides),
                    Role.GUIDE,
                    nat,
                    Gender.MALE,
                    rng.between(19, 45),
                    start,
                    List.of(sim),
                    rng.chance(0.2),
                    rng);
            List<Handle> handles =
                    rng.chance(0.5) ? List.of(Assets.handle(rng, a.phones.getFirst(), false)) : List.of();
            n.guides.add(new Member(a, h, nat, List.of(), null, List.of(), handles, List.of()));
        }

        String mhNationality = rng.chance(0.2) ? rng.pick(wb) : rng.pick("AF", "PK", "IQ", "TR", "SY", "AF");
        Actor handler = Actor.create(
                id + "-MON1",
                Role.MONEY_HANDLER,
                mhNationality,
                Gender.MALE,
                rng.between(30, 60),
                start,
                List.of(Assets.hasPhones(mhNationality) ? mhNationality : "TR"),
                rng.chance(0.4),
                rng);
        n.moneyHandlers.add(new Member(
                handler,
                -1,
                mhNationality,
                List.of(),
                null,
                List.of(Assets.hawala(handler.canonicalName(), rng)),
                List.of(),
                List.of()));

        int harbourers = 0;
        for (String country : wb) {
            List<String> towns = towns(corridor, country);
            if (towns.isEmpty() || !(rng.chance(0.65) || (harbourers == 0 && country.equals(wb.getLast())))) continue;
            String nat = rng.chance(0.7) ? country : migrantNationality(n, rng);
            Actor a = Actor.create(
                    id + "-HRB" + (++harbourers),
                    Role.HARBOURER,
                    nat,
                    rng.chance(0.85) ? Gender.MALE : Gender.FEMALE,
                    rng.between(25, 65),
                    start,
                    List.of(country),
                    rng.chance(0.2),
                    rng);
            n.harbourers.add(new Member(
                    a,
                    -1,
                    country,
                    List.of(),
                    Assets.safeHouse(country, rng.pick(towns), rng),
                    List.of(),
                    List.of(),
                    List.of()));
        }

        if (rng.chance(0.35)) n.forgers.add(forger(id + "-FRG1", rng.pick(wb), rng));
        for (int d = rng.between(1, 5); d > 0; d--) n.documents.add(Assets.fraudulent(rng, fakeHolder(rng)));
        if (rng.chance(0.5)) n.hotline = Assets.phone(rng.pick(wb), rng, false);
        if (rng.chance(0.35)) addTrafficking(n, rng);
        return n;
    }

    private void addTrafficking(Network n, Rng rng) {
        for (int e = rng.between(1, 2); e > 0; e--) {
            String nat = rng.pick(n.countries);
            Actor a = Actor.create(
                    n.id + "-EXP" + e,
                    Role.EXPLOITER,
                    nat,
                    rng.chance(0.8) ? Gender.MALE : Gender.FEMALE,
                    rng.between(25, 55),
                    n.start,
                    List.of(nat),
                    rng.chance(0.4),
                    rng);
            n.exploiters.add(new Member(
                    a,
                    -1,
                    nat,
                    List.of(),
                    null,
                    List.of(),
                    List.of(Assets.handle(rng, a.phones.getFirst(), true)),
                    List.of()));
        }
        n.victims = rng.between(3, 8);
    }

    private Member hawaladar(String id, Rng rng) {
        String nat = rng.pick("AF", "PK", "IQ", "TR", "SY");
        Actor a = Actor.create(
                id,
                Role.MONEY_HANDLER,
                nat,
                Gender.MALE,
                rng.between(35, 65),
                FIRST_DAY,
                List.of(Assets.hasPhones(nat) ? nat : "TR"),
                true,
                rng);
        return new Member(
                a, -1, nat, List.of(), null, List.of(Assets.hawala(a.canonicalName(), rng)), List.of(), List.of());
    }

    private Member forger(String id, String nationality, Rng rng) {
        String sim = Assets.hasPhones(nationality) ? nationality : "RS";
        Actor a = Actor.create(
                id,
                Role.DOCUMENT_FORGER,
                nationality,
                Gender.MALE,
                rng.between(28, 60),
                FIRST_DAY,
                List.of(sim),
                rng.chance(0.5),
                rng);
        List<DocumentSpec> docs = new ArrayList<>();
        for (int d = rng.between(2, 6); d > 0; d--) docs.add(Assets.fraudulent(rng, fakeHolder(rng)));
        return new Member(a, -1, nationality, List.of(), null, List.of(), List.of(), List.copyOf(docs));
    }

    private Member taxi(String id, String country, Rng rng) {
        Actor a = Actor.create(
                id,
                Role.DRIVER,
                country,
                Gender.MALE,
                rng.between(25, 60),
                FIRST_DAY,
                List.of(country),
                rng.chance(0.5),
                rng);
        return new Member(a, -1, country, List.of(Assets.vehicle(country, rng)), null, List.of(), List.of(), List.of());
    }

    /** The name in a fraudulent document: a real-looking European, passport style. */
    private static String fakeHolder(Rng rng) {
        String nat = rng.pick("RS", "BA", "HR", "AL", "MK", "ME");
        Actor holder = Actor.create("holder", Role.OTHER, nat, Gender.MALE, 30, FIRST_DAY, List.of(), false, rng);
        return Spelling.passport(holder.canonicalName());
    }

    private static String migrantNationality(Network n, Rng rng) {
        return n.nationalities[rng.weighted(n.nationalityWeights)];
    }

    /** A SIM card country for someone of {@code nationality} working along the corridor. */
    private static String simCountry(String nationality, List<String> wb, Rng rng) {
        if (Assets.hasPhones(nationality) && rng.chance(0.6)) return nationality;
        return rng.pick(wb);
    }

    // ---- migrants and victims, derived on demand -------------------------------------------------------

    /** The cohort of migrants a network moves around {@code date}. */
    static int cohort(Network n, LocalDate date) {
        long days = ChronoUnit.DAYS.between(n.start, date);
        return (int) Math.max(0, Math.min(n.cohorts() - 1, days / COHORT_DAYS));
    }

    boolean isMinor(Network n, int cohort, int j) {
        return Rng.of(seed, 3, n.index, cohort, j).chance(0.1);
    }

    /** The {@code j}-th migrant of a network's cohort, always the same person for the same seed. */
    Actor migrant(Network n, int cohort, int j) {
        Rng rng = Rng.of(seed, 2, n.index, cohort, j);
        boolean minor = isMinor(n, cohort, j);
        String nat = migrantNationality(n, rng);
        Gender gender = rng.chance(minor ? 0.92 : 0.86) ? Gender.MALE : Gender.FEMALE;
        int age = minor ? rng.between(12, 17) : 18 + rng.nextInt(10) + rng.nextInt(18);
        LocalDate at = n.start.plusDays((long) cohort * COHORT_DAYS);
        List<String> sims = rng.chance(0.35)
                ? List.of(Assets.hasPhones(nat) && rng.chance(0.5) ? nat : rng.pick(n.countries))
                : List.of();
        String id = n.id + "-C" + String.format(java.util.Locale.ROOT, "%02d", cohort) + "-M" + pad(j);
        Actor a = Actor.create(id, Role.SMUGGLED_MIGRANT, nat, gender, age, at, sims, false, rng);
        if (minor) {
            if (rng.chance(0.7)) {
                for (int k = 1; k < n.cohortSize; k++) {
                    int other = (j + k) % n.cohortSize;
                    if (!isMinor(n, cohort, other)) {
                        a.companion =
                                n.id + "-C" + String.format(java.util.Locale.ROOT, "%02d", cohort) + "-M" + pad(other);
                        break;
                    }
                }
            }
            if (a.companion == null) {
                List<Member> adults = n.guides.isEmpty() ? n.drivers : n.guides;
                a.companion = (adults.isEmpty() ? n.organiser : adults.get(j % adults.size())).actor().id;
            }
        }
        return a;
    }

    /** The migrant or facilitator with this id, when it is a migrant of {@code n}; otherwise null. */
    @Nullable
    Actor migrantById(Network n, String id) {
        String prefix = n.id + "-C";
        if (!id.startsWith(prefix)) return null;
        int cohort = Integer.parseInt(id.substring(prefix.length(), prefix.length() + 2));
        int j = Integer.parseInt(id.substring(id.lastIndexOf("-M") + 2));
        return migrant(n, cohort, j);
    }

    /** A migrant's own passport. */
    DocumentSpec passportOf(Actor migrant) {
        return Assets.passport(migrant.nationality, Rng.of(seed, 4, migrant.id.hashCode()));
    }

    /** The {@code j}-th person exploited by a network's trafficking side (mostly women from the region). */
    Actor victim(Network n, int j) {
        Rng rng = Rng.of(seed, 5, n.index, j);
        String nat = rng.chance(0.75) ? rng.pick(n.countries) : rng.pick("AL", "XK", "RS", "BA", "MK", "ME");
        Gender gender = rng.chance(0.85) ? Gender.FEMALE : Gender.MALE;
        int age = rng.chance(0.25) ? rng.between(14, 17) : rng.between(18, 32);
        return Actor.create(
                n.id + "-V" + pad(j),
                Role.VICTIM,
                nat,
                gender,
                age,
                n.start,
                rng.chance(0.5) ? List.of(nat) : List.of(),
                false,
                rng);
    }

    /** Counts of the world, for documentation and benchmarks. */
    Map<String, Integer> counts() {
        int members = networks.stream().mapToInt(n -> n.members().size()).sum();
        int migrants =
                networks.stream().mapToInt(n -> n.cohorts() * n.cohortSize).sum();
        int victims = networks.stream().mapToInt(n -> n.victims).sum();
        return Map.of(
                "networks",
                networks.size(),
                "traffickingNetworks",
                traffickingNetworks.length,
                "facilitators",
                members + hawaladars.size() + forgers.size() + taxiDrivers.size(),
                "freelancers",
                hawaladars.size() + forgers.size() + taxiDrivers.size(),
                "migrants",
                migrants,
                "victims",
                victims);
    }
}
