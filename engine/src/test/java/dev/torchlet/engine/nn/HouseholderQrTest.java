package dev.torchlet.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.SpecialFunctions;
import org.junit.jupiter.api.Test;

/** orthogonal_'s building blocks: the signed Householder Q and erfinv (trunc_normal_'s). */
class HouseholderQrTest {
    private static final double[][] TALL = {{2, -1, 0.5}, {1, 3, -2}, {0, 1, 4}, {-1, 0.5, 1}, {3, -2, 0}};

    @Test
    void qHasOrthonormalColumnsAndReproducesTheMatrixWithAPositiveDiagonalR() {
        double[][] q = HouseholderQr.signedQ(TALL);
        int m = TALL.length;
        int n = TALL[0].length;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0;
                for (int i = 0; i < m; i++) {
                    dot += q[i][a] * q[i][b];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-14, "QᵀQ[" + a + "][" + b + "]");
            }
        }
        // R = QᵀA is upper triangular with a positive diagonal, and Q·R = A.
        double[][] r = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < n; c++) {
                for (int i = 0; i < m; i++) {
                    r[a][c] += q[i][a] * TALL[i][c];
                }
            }
            assertTrue(r[a][a] > 0, "R[" + a + "][" + a + "] = " + r[a][a]);
            for (int c = 0; c < a; c++) {
                assertEquals(0, r[a][c], 1e-13, "R below the diagonal");
            }
        }
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < n; c++) {
                double product = 0;
                for (int a = 0; a < n; a++) {
                    product += q[i][a] * r[a][c];
                }
                assertEquals(TALL[i][c], product, 1e-13);
            }
        }
    }

    @Test
    void erfinvInvertsErf() {
        for (double x = -3.5; x <= 3.5; x += 0.125) {
            // erf's own rounding (~1e-16) moves the inverse by that much over erf's slope, which is tiny far out.
            double slope = 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
            assertEquals(x, SpecialFunctions.erfinv(SpecialFunctions.erf(x)), 1e-15 / slope);
        }
        assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.erfinv(1));
        assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.erfinv(-1));
        assertTrue(Double.isNaN(SpecialFunctions.erfinv(1.5)));
        assertEquals(0.4769362762044699, SpecialFunctions.erfinv(0.5), 1e-16);
    }
}
