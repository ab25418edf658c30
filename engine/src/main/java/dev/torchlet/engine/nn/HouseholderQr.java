package dev.torchlet.engine.nn;

/**
 * The Q of a QR decomposition by Householder reflections (what LAPACK's geqrf/orgqr compute), in
 * double, for a tall matrix (m ≥ n). Each column of Q is multiplied by the sign of R's diagonal
 * entry, which makes the answer unique — the form {@code orthogonal_} uses.
 */
final class HouseholderQr {
    private HouseholderQr() {
    }

    /** Q (m × n) of {@code a} (m × n, m ≥ n) with each column j signed by sign(R[j][j]). */
    static double[][] signedQ(double[][] a) {
        int m = a.length;
        int n = a[0].length;
        double[][] r = new double[m][];
        for (int i = 0; i < m; i++) {
            r[i] = a[i].clone();
        }
        double[][] reflectors = new double[n][];
        double[] taus = new double[n];
        double[] diagonal = new double[n];
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (int i = j; i < m; i++) {
                norm += r[i][j] * r[i][j];
            }
            norm = Math.sqrt(norm);
            double alpha = r[j][j];
            double[] v = new double[m];
            v[j] = 1;
            if (norm == 0) {
                reflectors[j] = v; // a zero column: no reflection, tau 0
                diagonal[j] = 0;
                continue;
            }
            // beta takes the sign opposite to alpha so alpha - beta never cancels.
            double beta = alpha >= 0 ? -norm : norm;
            double head = alpha - beta;
            for (int i = j + 1; i < m; i++) {
                v[i] = r[i][j] / head;
            }
            taus[j] = (beta - alpha) / beta;
            reflect(r, v, taus[j], j, j, n);
            reflectors[j] = v;
            diagonal[j] = beta;
        }
        double[][] q = new double[m][n];
        for (int j = 0; j < n; j++) {
            q[j][j] = 1;
        }
        for (int j = n - 1; j >= 0; j--) {
            reflect(q, reflectors[j], taus[j], j, 0, n);
        }
        for (int j = 0; j < n; j++) {
            double sign = Math.signum(diagonal[j]);
            for (int i = 0; i < m; i++) {
                q[i][j] *= sign;
            }
        }
        return q;
    }

    /** Applies I − τ·v·vᵀ (v zero above {@code from}) to columns [first, end) of {@code x}. */
    private static void reflect(double[][] x, double[] v, double tau, int from, int first, int end) {
        if (tau == 0) {
            return;
        }
        for (int c = first; c < end; c++) {
            double dot = 0;
            for (int i = from; i < x.length; i++) {
                dot += v[i] * x[i][c];
            }
            double scaled = tau * dot;
            for (int i = from; i < x.length; i++) {
                x[i][c] -= scaled * v[i];
            }
        }
    }
}
