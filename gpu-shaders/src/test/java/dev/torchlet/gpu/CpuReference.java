package dev.torchlet.gpu;

/**
 * The CPU answers the GPU kernels are checked against: plain strided loops over the same
 * buffers and layouts, computing in double and rounding to the result dtype (float32 results
 * of + - * / and sqrt round exactly like float arithmetic that way).
 */
final class CpuReference {
    private CpuReference() {
    }

    /** Element {@code index} (row-major over {@code shape}) of a layout read with {@code strides}. */
    static int position(int[] shape, int[] strides, int offset, int index) {
        int position = offset;
        for (int d = shape.length - 1; d >= 0; d--) {
            position += (index % shape[d]) * strides[d];
            index /= shape[d];
        }
        return position;
    }

    static double load(int[] words, GpuDType dtype, int position) {
        return switch (dtype) {
            case FLOAT32 -> Float.intBitsToFloat(words[position]);
            case INT32 -> words[position];
            case BOOL -> words[position] != 0 ? 1 : 0;
        };
    }

    static double convert(double value, GpuDType to) {
        return switch (to) {
            case FLOAT32 -> (float) value;
            case INT32 -> (int) value;
            case BOOL -> value != 0 ? 1 : 0;
        };
    }

    static int store(double value, GpuDType dtype) {
        return switch (dtype) {
            case FLOAT32 -> Float.floatToRawIntBits((float) value);
            case INT32 -> (int) value;
            case BOOL -> value != 0 ? 1 : 0;
        };
    }

    static double apply(ElementwiseOp op, GpuDType compute, double a, double b, double c) {
        boolean bool = compute == GpuDType.BOOL;
        double r = switch (op) {
            case IDENTITY -> a;
            case NEG -> -a;
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case SQRT -> Math.sqrt(a);
            case TANH -> Math.tanh(a);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-a));
            case RELU -> Math.max(a, 0);
            case ABS -> Math.abs(a);
            case SIGN -> Math.signum(a);
            case FLOOR -> Math.floor(a);
            case CEIL -> Math.ceil(a);
            case RECIPROCAL -> 1.0 / a;
            case SQUARE -> a * a;
            case LOGICAL_NOT -> a == 0 ? 1 : 0;
            case RSQRT -> 1.0 / Math.sqrt(a);
            case EXPM1 -> Math.expm1(a);
            case LOG1P -> Math.log1p(a);
            case LOG2 -> Math.log(a) / Math.log(2);
            case LOG10 -> Math.log10(a);
            case TAN -> Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case SINH -> Math.sinh(a);
            case COSH -> Math.cosh(a);
            case ERF -> erf(a);
            case ROUND -> Math.rint(a);
            case TRUNC -> a < 0 ? Math.ceil(a) : Math.floor(a);
            case FRAC -> a - (a < 0 ? Math.ceil(a) : Math.floor(a));
            case ATAN2 -> Math.atan2(a, b);
            case FMOD -> a % b;
            case REMAINDER -> {
                double mod = a % b;
                yield mod != 0 && (mod < 0) != (b < 0) ? mod + b : mod;
            }
            case FLOOR_DIVIDE -> Math.floor(a / b);
            case ADD -> bool ? (a != 0 || b != 0 ? 1 : 0) : a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> compute == GpuDType.INT32 ? integerPower((int) a, (int) b) : Math.pow(a, b);
            case MAXIMUM -> Math.max(a, b);
            case MINIMUM -> Math.min(a, b);
            case EQ -> a == b ? 1 : 0;
            case NE -> a != b ? 1 : 0;
            case LT -> a < b ? 1 : 0;
            case LE -> a <= b ? 1 : 0;
            case GT -> a > b ? 1 : 0;
            case GE -> a >= b ? 1 : 0;
            case LOGICAL_AND -> a != 0 && b != 0 ? 1 : 0;
            case LOGICAL_OR -> a != 0 || b != 0 ? 1 : 0;
            case LOGICAL_XOR -> (a != 0) != (b != 0) ? 1 : 0;
            case BITWISE_AND -> (long) a & (long) b;
            case BITWISE_OR -> (long) a | (long) b;
            case BITWISE_XOR -> (long) a ^ (long) b;
            case BITWISE_NOT -> bool ? (a == 0 ? 1 : 0) : ~(long) a;
            case WHERE -> a != 0 ? b : c;
        };
        return convert(r, op.resultType(compute));
    }

    /** erf to double precision (Numerical Recipes' erfc Chebyshev fit), the reference for the f32 kernel. */
    private static double erf(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc : erfc - 1;
    }

    private static int integerPower(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    /** out = op(inputs) over out's layout, writing into a copy of {@code outWords}. */
    static int[] elementwise(ElementwiseOp op, GpuDType compute, TensorLayout out, int[] outWords,
                             TensorLayout[] inputs, int[][] inputWords) {
        int[] result = outWords.clone();
        int[][] strides = new int[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            strides[i] = inputs[i].broadcastStrides(out.shape());
        }
        for (int index = 0; index < out.numel(); index++) {
            double[] operands = new double[3];
            for (int i = 0; i < inputs.length; i++) {
                int p = position(out.shape(), strides[i], inputs[i].offset(), index);
                operands[i] = convert(load(inputWords[i], inputs[i].dtype(), p), compute);
            }
            double value = apply(op, compute, operands[0], operands[1], operands[2]);
            result[position(out.shape(), out.strides(), out.offset(), index)] = store(value, out.dtype());
        }
        return result;
    }

    /** The reduction of {@code dims} (all when empty) into a contiguous array, in double. */
    static double[] reduce(ReduceOp op, TensorLayout input, int[] words, int[] dims, GpuDType compute) {
        int rank = input.rank();
        boolean[] reduced = new boolean[rank];
        for (int d : dims) {
            reduced[d] = true;
        }
        if (dims.length == 0) {
            java.util.Arrays.fill(reduced, true);
        }
        int outNumel = 1;
        int count = 1;
        for (int d = 0; d < rank; d++) {
            if (reduced[d]) {
                count *= input.shape()[d];
            } else {
                outNumel *= input.shape()[d];
            }
        }
        double[] acc = new double[outNumel];
        java.util.Arrays.fill(acc, switch (op) {
            case SUM, MEAN -> 0;
            case PROD -> 1;
            case MAX -> Double.NEGATIVE_INFINITY;
            case MIN -> Double.POSITIVE_INFINITY;
        });
        int[] coords = new int[rank];
        for (int index = 0; index < input.numel(); index++) {
            int rest = index;
            for (int d = rank - 1; d >= 0; d--) {
                coords[d] = rest % input.shape()[d];
                rest /= input.shape()[d];
            }
            int outIndex = 0;
            for (int d = 0; d < rank; d++) {
                if (!reduced[d]) {
                    outIndex = outIndex * input.shape()[d] + coords[d];
                }
            }
            double x = convert(load(words, input.dtype(), position(input.shape(), input.strides(), input.offset(), index)), compute);
            acc[outIndex] = switch (op) {
                case SUM, MEAN -> acc[outIndex] + x;
                case PROD -> acc[outIndex] * x;
                case MAX -> Math.max(acc[outIndex], x);
                case MIN -> Math.min(acc[outIndex], x);
            };
        }
        if (op == ReduceOp.MEAN) {
            for (int i = 0; i < outNumel; i++) {
                acc[i] /= count;
            }
        }
        return acc;
    }

    /** out[b] = a[b] @ b[b] in double, plus each element's sum of |products| (the float32 error scale). */
    static double[][] bmm(TensorLayout a, float[] aData, TensorLayout b, float[] bData, int batch) {
        int m = a.shape()[1];
        int k = a.shape()[2];
        int n = b.shape()[2];
        double[] out = new double[batch * m * n];
        double[] scale = new double[batch * m * n];
        for (int bi = 0; bi < batch; bi++) {
            int aBase = a.offset() + (a.shape()[0] == 1 ? 0 : bi * a.strides()[0]);
            int bBase = b.offset() + (b.shape()[0] == 1 ? 0 : bi * b.strides()[0]);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    double abs = 0;
                    for (int p = 0; p < k; p++) {
                        double product = (double) aData[aBase + i * a.strides()[1] + p * a.strides()[2]]
                                * bData[bBase + p * b.strides()[1] + j * b.strides()[2]];
                        sum += product;
                        abs += Math.abs(product);
                    }
                    out[(bi * m + i) * n + j] = sum;
                    scale[(bi * m + i) * n + j] = abs;
                }
            }
        }
        return new double[][] {out, scale};
    }

    // ---- indexed reductions, softmax, indexing -----------------------------------------------

    static int[] coords(int[] shape, int index) {
        int[] c = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            c[d] = index % shape[d];
            index /= shape[d];
        }
        return c;
    }

    static int at(TensorLayout layout, int[] c) {
        int p = layout.offset();
        for (int d = 0; d < c.length; d++) {
            p += c[d] * layout.strides()[d];
        }
        return p;
    }

    /**
     * max/min over the {@code reduced} dims, PyTorch's way (sequential scan: the first
     * NaN, else the first extreme). Returns {values as stored words, indices}, row-major over the kept dims.
     */
    static int[][] indexedReduce(IndexedReduceOp op, TensorLayout input, int[] words, boolean[] reduced) {
        int rank = input.rank();
        int[] shape = input.shape();
        int outNumel = 1;
        for (int d = 0; d < rank; d++) {
            outNumel *= reduced[d] ? 1 : shape[d];
        }
        double[] best = new double[outNumel];
        int[] bestIndex = new int[outNumel];
        java.util.Arrays.fill(bestIndex, -1);
        boolean max = op == IndexedReduceOp.MAX;
        for (int index = 0; index < input.numel(); index++) {
            int[] c = coords(shape, index);
            int outIndex = 0;
            int k = 0;
            for (int d = 0; d < rank; d++) {
                if (reduced[d]) {
                    k = k * shape[d] + c[d];
                } else {
                    outIndex = outIndex * shape[d] + c[d];
                }
            }
            double x = load(words, input.dtype(), at(input, c));
            double b = best[outIndex];
            boolean take;
            if (bestIndex[outIndex] < 0) {
                take = true;
            } else if (Double.isNaN(b)) {
                take = false;
            } else {
                take = Double.isNaN(x) || (max ? x > b : x < b);
            }
            if (take) {
                best[outIndex] = x;
                bestIndex[outIndex] = k;
            }
        }
        int[] values = new int[outNumel];
        for (int i = 0; i < outNumel; i++) {
            values[i] = store(best[i], input.dtype());
        }
        return new int[][] {values, bestIndex};
    }

    /** softmax/log_softmax of a float32 input along dim, in double, row-major over the input's shape. */
    static double[] softmax(SoftmaxOp op, TensorLayout input, int[] words, int dim) {
        int[] shape = input.shape();
        int numel = input.numel();
        double[] out = new double[numel];
        int[] strides = TensorLayout.contiguousStrides(shape);
        for (int index = 0; index < numel; index++) {
            int[] c = coords(shape, index);
            if (c[dim] != 0) {
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < shape[dim]; k++) {
                c[dim] = k;
                max = Math.max(max, load(words, GpuDType.FLOAT32, at(input, c)));
            }
            double sum = 0;
            for (int k = 0; k < shape[dim]; k++) {
                c[dim] = k;
                sum += Math.exp(load(words, GpuDType.FLOAT32, at(input, c)) - max);
            }
            for (int k = 0; k < shape[dim]; k++) {
                c[dim] = k;
                double x = load(words, GpuDType.FLOAT32, at(input, c));
                out[index + k * strides[dim]] = op == SoftmaxOp.SOFTMAX ? Math.exp(x - max) / sum : x - max - Math.log(sum);
            }
        }
        return out;
    }

    /**
     * The softmax/log_softmax input gradient given y and g, in double, row-major; and each element's
     * float32 error scale (the size of the terms that cancel).
     */
    static double[][] softmaxBackward(SoftmaxOp op, TensorLayout y, int[] yWords, TensorLayout g, int[] gWords, int dim) {
        int[] shape = y.shape();
        int numel = y.numel();
        double[] out = new double[numel];
        double[] scale = new double[numel];
        int[] strides = TensorLayout.contiguousStrides(shape);
        for (int index = 0; index < numel; index++) {
            int[] c = coords(shape, index);
            if (c[dim] != 0) {
                continue;
            }
            double sum = 0;
            double abs = 0;
            for (int k = 0; k < shape[dim]; k++) {
                c[dim] = k;
                double yk = load(yWords, GpuDType.FLOAT32, at(y, c));
                double gk = load(gWords, GpuDType.FLOAT32, at(g, c));
                double term = op == SoftmaxOp.SOFTMAX ? gk * yk : gk;
                sum += term;
                abs += Math.abs(term);
            }
            for (int k = 0; k < shape[dim]; k++) {
                c[dim] = k;
                double yk = load(yWords, GpuDType.FLOAT32, at(y, c));
                double gk = load(gWords, GpuDType.FLOAT32, at(g, c));
                int i = index + k * strides[dim];
                if (op == SoftmaxOp.SOFTMAX) {
                    out[i] = yk * (gk - sum);
                    scale[i] = Math.abs(yk) * (Math.abs(gk) + abs);
                } else {
                    out[i] = gk - Math.exp(yk) * sum;
                    scale[i] = Math.abs(gk) + Math.exp(yk) * abs;
                }
            }
        }
        return new double[][] {out, scale};
    }

    // ---- optimizer steps -----------------------------------------------------------------------

    /**
     * One SGD step over contiguous float arrays, operation by operation as PyTorch's single-tensor
     * SGD in float32 (scalars rounded to float as PyTorch's CPU kernels take them).
     */
    static void sgdStep(float[] param, float[] grad, float[] buf, double lr, double momentum, double dampening,
                        double weightDecay, boolean nesterov, boolean maximize, boolean firstStep) {
        for (int i = 0; i < param.length; i++) {
            float d = maximize ? -grad[i] : grad[i];
            if (weightDecay != 0) {
                d = d + (float) weightDecay * param[i];
            }
            if (buf != null) {
                buf[i] = firstStep ? d : buf[i] * (float) momentum + (float) (1 - dampening) * d;
                d = nesterov ? d + (float) momentum * buf[i] : buf[i];
            }
            param[i] = param[i] + (float) -lr * d;
        }
    }

    /** One Adam/AdamW step (amsgrad when maxExpAvgSq is given), as PyTorch's single-tensor Adam in float32. */
    static void adamStep(float[] param, float[] grad, float[] expAvg, float[] expAvgSq, float[] maxExpAvgSq, double lr,
                         double beta1, double beta2, double eps, double weightDecay, int step, boolean decoupled,
                         boolean maximize) {
        double stepSize = lr / (1 - Math.pow(beta1, step));
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, step));
        for (int i = 0; i < param.length; i++) {
            float g = maximize ? -grad[i] : grad[i];
            float p = param[i];
            if (decoupled) {
                p = p * (float) (1 - lr * weightDecay);
            } else if (weightDecay != 0) {
                g = g + (float) weightDecay * p;
            }
            expAvg[i] = expAvg[i] + (float) (1 - beta1) * (g - expAvg[i]);
            expAvgSq[i] = expAvgSq[i] * (float) beta2 + (float) (1 - beta2) * g * g;
            float v = expAvgSq[i];
            if (maxExpAvgSq != null) {
                maxExpAvgSq[i] = Math.max(maxExpAvgSq[i], v);
                v = maxExpAvgSq[i];
            }
            float denom = (float) Math.sqrt(v) / (float) bc2Sqrt + (float) eps;
            param[i] = p + (float) -stepSize * (expAvg[i] / denom);
        }
    }

    // ---- losses --------------------------------------------------------------------------------
}
