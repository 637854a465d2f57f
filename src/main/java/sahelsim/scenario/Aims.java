package sahelsim.scenario;

/** Weights a faction's Command gives each kind of mission. */
public record Aims(double expand, double raid, double attack, double blockade, double ambush, double hold,
                   double clear, double defend) {
}
