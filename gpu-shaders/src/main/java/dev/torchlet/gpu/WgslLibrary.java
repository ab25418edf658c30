package dev.torchlet.gpu;

/** WGSL helper functions shared by generated kernels. */
final class WgslLibrary {
    private WgslLibrary() {
    }

    /**
     * pow with C's rules where WGSL's pow (exp2(b * log2(a))) has none: a negative base with an
     * integral exponent keeps the sign of odd powers; small integral exponents multiply exactly.
     * Integer pow by squaring (negative exponents are rejected by the engine before dispatch).
     */
    static final String HELPERS = """
            fn pow_f32(a: f32, b: f32) -> f32 {
              if (b == 0.0) {
                return 1.0;
              }
              if (b == 1.0) {
                return a;
              }
              if (b == 2.0) {
                return a * a;
              }
              let magnitude = pow(abs(a), b);
              if (a < 0.0 && b == floor(b)) {
                return select(magnitude, -magnitude, fract(b * 0.5) != 0.0);
              }
              // A negative base with a fractional exponent: WGSL's pow gives NaN like C's.
              return select(magnitude, pow(a, b), a < 0.0);
            }

            fn pow_i32(a: i32, b: i32) -> i32 {
              var result = 1i;
              var base = a;
              var e = b;
              while (e > 0i) {
                if ((e & 1i) != 0i) {
                  result *= base;
                }
                base *= base;
                e = e >> 1u;
              }
              return result;
            }

            // sin and cos to about 1 ULP (Cephes' single-precision reduction and polynomials): the
            // built-ins are only specified to 2^-11 absolute on [-pi, pi], and SwiftShader's are off
            // by ~5e-5. Valid while |x| * 4/pi fits an i32 (|x| < 1.6e9).
            fn sincos_reduced(a: f32, wantCos: bool) -> f32 {
              let x = abs(a);
              var j = i32(x * 1.27323954473516);
              var y = f32(j);
              if ((j & 1i) != 0i) {
                j += 1i;
                y += 1.0;
              }
              j = j & 7i;
              var negate = !wantCos && a < 0.0;
              if (j > 3i) {
                negate = !negate;
                j -= 4i;
              }
              if (wantCos && j > 1i) {
                negate = !negate;
              }
              let r = ((x - y * 0.78515625) - y * 2.4187564849853515625e-4) - y * 3.77489497744594108e-8;
              let z = r * r;
              let cosPoly = ((2.443315711809948e-5 * z - 1.388731625493765e-3) * z + 4.166664568298827e-2) * z * z - 0.5 * z + 1.0;
              let sinPoly = ((-1.9515295891e-4 * z + 8.3321608736e-3) * z - 1.6666654611e-1) * z * r + r;
              let useCos = (j == 1i || j == 2i) != wantCos;
              let value = select(sinPoly, cosPoly, useCos);
              return select(value, -value, negate);
            }

            """;
}
