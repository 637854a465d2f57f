package sahelsim.hindcast;

import java.util.List;

/** The facts the hindcast scores, in report order: stylised facts first, then dated figures. */
public final class Facts {

    private Facts() {
    }

    public static List<Fact> all() {
        return List.of(
                new ViolenceAfterWithdrawal(),
                new RaceForVacatedBases(),
                new BlockadesNotAssaults(),
                new CampsRaidedAndLeft(),
                new AbuseDrivesRecruitment(),
                new JihadistWar(),
                new RebelJihadistConvergence(),
                new NewPartnerNoFewerDeaths(),
                new LogisticsChokepoints(),
                new CivilianDeaths2022(),
                new DisplacedSeries(),
                new Refugees2023(),
                new KidalChangesHands(),
                new CeasefireBreaks2023(),
                new TimbuktuBlockade(),
                new MenakaOffensive());
    }
}
