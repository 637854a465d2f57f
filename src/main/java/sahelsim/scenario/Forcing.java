package sahelsim.scenario;

/**
 * Who decides a run's turning points: offensives, truce breaks and coalitions. {@code HISTORICAL} applies the
 * scenario's dated decisions (objectives, coalition dates, dated truce and coalition events) as history took
 * them, and the factions' strategy stands aside for those decisions; {@code NONE} drops those dated decisions and
 * lets each faction's strategy take them in the run. The scenario's exogenous inputs (withdrawal dates, the
 * contractors, reinforcements, legitimacy and hardship, and any event marked {@code exogenous}) apply under
 * both.
 */
public enum Forcing {
    HISTORICAL,
    NONE
}
