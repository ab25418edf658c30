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
              // A negative base with a fractional exponent is NaN in C; WGSL's pow leaves it undefined.
              return select(magnitude, nan_f32(a), a < 0.0);
            }

            // WGSL has no NaN literal and constant expressions may not produce one, so a NaN is made
            // at run time from any runtime value: all exponent bits and the quiet bit set.
            fn nan_f32(runtime: f32) -> f32 {
              return bitcast<f32>(bitcast<u32>(runtime) | 0x7fc00000u);
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

            // atan to about 1 ULP (Cephes' single-precision reduction and polynomial): WGSL leaves the
            // inverse trigonometric functions' precision to the implementation, and SwiftShader's is
            // off by ~2e-5. asin, acos and atan2 are built on it.
            fn atan_f32(a: f32) -> f32 {
              let x = abs(a);
              var offset = 0.0;
              var z = x;
              if (x > 2.414213562373095) {
                offset = 1.5707963267948966;
                z = -1.0 / x;
              } else if (x > 0.41421356237309503) {
                offset = 0.7853981633974483;
                z = (x - 1.0) / (x + 1.0);
              }
              let zz = z * z;
              let r = (((8.05374449538e-2 * zz - 1.38776856032e-1) * zz + 1.99777106478e-1) * zz - 3.33329491539e-1) * zz * z + z + offset;
              return select(r, -r, a < 0.0);
            }

            fn atan2_f32(y: f32, x: f32) -> f32 {
              if (x == 0.0) {
                return select(select(0.0, -1.5707963267948966, y < 0.0), 1.5707963267948966, y > 0.0);
              }
              let base = atan_f32(y / x);
              if (x > 0.0) {
                return base;
              }
              return select(base - 3.141592653589793, base + 3.141592653589793, y >= 0.0);
            }

            // expm1 and log1p keep full relative precision near 0 (Kahan's correction of the rounded
            // 1 + x), where exp(a) - 1 and log(1 + a) lose every digit.
            fn expm1_f32(a: f32) -> f32 {
              let u = exp(a);
              if (u == 1.0) {
                return a;
              }
              let v = u - 1.0;
              if (v == -1.0) {
                return -1.0;
              }
              return v * a / log(u);
            }

            // WGSL leaves log outside (0, inf) indeterminate (SwiftShader's log(0) is finite); C's
            // and PyTorch's: log(±0) = -inf (a logsumexp of -inf lanes), log(inf) = inf, NaN below 0.
            fn log_f32(a: f32) -> f32 {
              if (a > 0.0 && a <= 0x1.fffffep+127f) {
                return log(a);
              }
              if (a == 0.0) {
                return bitcast<f32>(bitcast<u32>(a) | 0xff800000u);
              }
              return select(nan_f32(a), a, a > 0.0);
            }

            fn log1p_f32(a: f32) -> f32 {
              let u = 1.0 + a;
              if (u == 1.0) {
                return a;
              }
              return log(u) * a / (u - 1.0);
            }

            // sinh from expm1, accurate near 0 where (exp(a) - exp(-a)) / 2 cancels.
            fn sinh_f32(a: f32) -> f32 {
              let u = expm1_f32(abs(a));
              let magnitude = 0.5 * (u + u / (u + 1.0));
              return select(magnitude, -magnitude, a < 0.0);
            }

            // erf: its Maclaurin series below 0.5 (relative error < 2e-8), Abramowitz and Stegun 7.1.26
            // above (absolute error < 1.5e-7 where erf >= 0.52).
            fn erf_f32(a: f32) -> f32 {
              let x = abs(a);
              var value: f32;
              if (x < 0.5) {
                let z = x * x;
                value = 1.1283791670955126 * x * (1.0 + z * (-1.0 / 3.0 + z * (0.1 + z * (-1.0 / 42.0
                    + z * (1.0 / 216.0 + z * (-1.0 / 1320.0))))));
              } else {
                let t = 1.0 / (1.0 + 0.3275911 * x);
                let poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
                value = 1.0 - poly * exp(-x * x);
              }
              return select(value, -value, a < 0.0);
            }

            // Python's % and //: the remainder takes the divisor's sign, the quotient rounds down.
            fn remainder_f32(a: f32, b: f32) -> f32 {
              let r = a % b;
              return select(r, r + b, r != 0.0 && (r < 0.0) != (b < 0.0));
            }

            fn remainder_i32(a: i32, b: i32) -> i32 {
              let r = a % b;
              return select(r, r + b, r != 0i && (r < 0i) != (b < 0i));
            }

            // PyTorch's float floor division: (a - fmod(a, b)) / b, corrected by one towards the floor.
            fn floor_divide_f32(a: f32, b: f32) -> f32 {
              if (b == 0.0) {
                return a / b;
              }
              let r = a % b;
              var q = (a - r) / b;
              if (r != 0.0 && (b < 0.0) != (r < 0.0)) {
                q -= 1.0;
              }
              let down = floor(q);
              return select(down, down + 1.0, q - down > 0.5);
            }

            fn floor_divide_i32(a: i32, b: i32) -> i32 {
              let q = a / b;
              return select(q, q - 1i, a % b != 0i && (a < 0i) != (b < 0i));
            }

            """;
}
