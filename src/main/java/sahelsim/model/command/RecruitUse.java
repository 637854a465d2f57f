package sahelsim.model.command;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.Faction;
import sahelsim.model.TroopLedger;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.Behaviour;

/**
 * What a faction does with its recruits on a planning day: a convoy-supplied faction fills its weakest
 * garrisons first, then units resting at home are brought up to a band, then the rest form new bands in the
 * home district that likes the faction best.
 */
public final class RecruitUse {

    private final World world;
    private final Faction faction;
    private final int f;
    private final Behaviour behaviour;
    private final HomeGround home;

    public RecruitUse(World world, Faction faction, HomeGround home) {
        this.world = world;
        this.faction = faction;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.home = home;
    }

    void useRecruits() {
        int band = behaviour.bandSize();
        if (faction.suppliedByConvoy()) {
            List<Garrison> needy = new ArrayList<>();
            for (Garrison g : world.garrisons()) {
                if (g.faction() == f && g.wantsReinforcement()) {
                    needy.add(g);
                }
            }
            needy.sort((a, b) -> Integer.compare(a.troops(), b.troops()));
            int min = world.scenario().supply().minGarrison();
            for (Garrison g : needy) {
                g.addTroops(takeRecruits(Math.max(min, 2 * min - g.troops())));
            }
        }
        for (ArmedUnit u : world.units()) {
            if (u.faction() == f && u.mission() == Mission.RECRUIT && u.arrived()) {
                u.addStrength(takeRecruits(Math.max(0, band - u.strength())));
            }
        }
        while (faction.recruitPool() >= band) {
            int town = home.recruitingTown();
            world.newUnit(f, takeRecruits(band), world.scatter(home.homeCell(town)), town);
        }
    }

    /** Whole recruits out of the faction's pool, into the books as recruited. */
    int takeRecruits(int wanted) {
        int taken = faction.takeRecruits(wanted);
        world.ledger().book(TroopLedger.Entry.RECRUITED, f, taken);
        return taken;
    }
}
