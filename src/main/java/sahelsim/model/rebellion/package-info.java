/**
 * Civilians who rebel: the rules of Epstein's Model I (J. M. Epstein, "Modeling civil violence: an agent-based
 * computational approach", PNAS 99 suppl. 3, 7243-7250, 2002) in {@link sahelsim.model.rebellion.RebellionRules},
 * shared with the reference mode ({@code sahelsim.epstein}), and their place in the Mali model,
 * {@link sahelsim.model.rebellion.Rebellion}: representative civilians per cell, the state side's forces as cops,
 * arrests and jail, protests and riots. docs/ODD.md, section 7.21, states every departure from the paper.
 */
package sahelsim.model.rebellion;
