package sahelsim.model.command;

import java.util.List;
import sahelsim.model.Faction;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.Behaviour;

/**
 * A faction's planning day. Every {@code planningDays} it turns recruits into units ({@link RecruitUse}) and
 * gives each idle unit, in a random order, a mission ({@link MissionPlanner}).
 */
public final class Command {

    private final World world;
    private final int f;
    private final Behaviour behaviour;
    private final RecruitUse recruits;
    private final MissionPlanner planner;

    public Command(World world, Faction faction, RecruitUse recruits, MissionPlanner planner) {
        this.world = world;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.recruits = recruits;
        this.planner = planner;
    }

    public void step() {
        if (Math.floorMod(world.day() + f, behaviour.planningDays()) != 0) {
            return;
        }
        recruits.useRecruits();
        List<ArmedUnit> idle = world.idleUnits(f);
        world.draws().shuffle(idle);
        for (ArmedUnit u : idle) {
            if (u.mission() == Mission.IDLE && u.alive() && !u.inBattle()) {
                planner.choose(u);
            }
        }
    }
}
