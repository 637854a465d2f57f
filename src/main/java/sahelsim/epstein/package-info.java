/**
 * Epstein's civil-violence Model I as a standalone reference: citizens and cops on a torus, the activation,
 * arrest and jail rules of J. M. Epstein, "Modeling civil violence: an agent-based computational approach",
 * PNAS 99 suppl. 3, 7243-7250 (2002). {@link sahelsim.epstein.CivilViolence} runs on the paper's lattice the
 * rules the Mali model's civilians follow, {@link sahelsim.model.rebellion.RebellionRules}, so that the reference
 * checks the model's own code. Like the
 * model core, this package does no I/O, prints nothing and draws every random number from the run's one generator.
 */
package sahelsim.epstein;
