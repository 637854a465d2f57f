/**
 * Epstein's civil-violence Model I as a standalone reference: citizens and cops on a torus, the activation,
 * arrest and jail rules of J. M. Epstein, "Modeling civil violence: an agent-based computational approach",
 * PNAS 99 suppl. 3, 7243-7250 (2002). {@link sahelsim.epstein.RebellionRules} holds the rules alone, for reuse by
 * the Mali model's civilians; {@link sahelsim.epstein.CivilViolence} runs them on the paper's lattice. Like the
 * model core, this package does no I/O, prints nothing and draws every random number from the run's one generator.
 */
package sahelsim.epstein;
