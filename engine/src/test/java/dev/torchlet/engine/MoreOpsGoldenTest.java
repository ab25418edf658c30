package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torchlet.engine.Comparisons.Comparison;
import dev.torchlet.engine.Comparisons.Logical;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #3's operations against real PyTorch (goldens/more_ops.txt from more_ops_goldens.py): each
 * case computes the same thing with the Java API and must print the same text, errors included.
 */
class MoreOpsGoldenTest {
    private static final Map<String, String> GOLDENS = GoldenFile.sections("/goldens/more_ops.txt");
    private static final Map<String, Supplier<Object>> CASES = new LinkedHashMap<>();

    private static Tensor f(double... values) {
        List<Object> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return Torch.tensor(list, null);
    }

    private static Tensor l(long... values) {
        List<Object> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return Torch.tensor(list, null);
    }

    private static Tensor a() {
        return f(1.5, -2.0, 3.25, 0.1, 3.25, -0.3).reshape(2, 3);
    }

    private static Tensor b() {
        return f(0.5, -2.0, 4.0, 0.1, 1.0, -1.0).reshape(2, 3);
    }

    private static Tensor v() {
        return f(1.0, 2.0, 3.0);
    }

    private static Tensor ints() {
        return l(1, 2, 3, 4, 5, 6).reshape(2, 3);
    }

    private static Tensor cube() {
        return Torch.arange(Scalar.of(0.0), Scalar.of(24L), Scalar.of(1L), null).reshape(2, 3, 4);
    }

    private static Tensor s(double value) {
        return Torch.full(new long[0], Scalar.of(value), DType.FLOAT64);
    }

    private static String pair(ValuesIndices r) {
        return r.values() + "\n" + r.indices();
    }

    private static String pieces(List<Tensor> ts) {
        StringBuilder text = new StringBuilder();
        for (Tensor t : ts) {
            text.append(text.length() == 0 ? "" : "\n").append(t);
        }
        return text.toString();
    }

    /** grad_fn of f(leaves) and each leaf's .grad after backward with weights 1, 2, 3, … (as the script does). */
    private static String grad(Function<Tensor[], Tensor> f, Tensor... inputs) {
        Tensor[] leaves = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            leaves[i] = inputs[i].to(DType.FLOAT64).requiresGrad_(true);
        }
        Tensor out = f.apply(leaves);
        String name = out.gradFnName();
        out.backward(Torch.arange(Scalar.of(1.0), Scalar.of(out.numel() + 1L), Scalar.of(1L), DType.FLOAT64).reshape(out.shape()), false);
        StringBuilder text = new StringBuilder(name);
        for (Tensor leaf : leaves) {
            text.append("\n").append(leaf.grad());
        }
        return text.toString();
    }

    private static String error(Runnable r) {
        try {
            r.run();
        } catch (TorchException e) {
            return e.kind().pythonName() + ": " + e.getMessage();
        }
        throw new AssertionError("expected an error");
    }

    private static void put(String name, Supplier<Object> computation) {
        CASES.put(name, computation);
    }

    private static Tensor cmp(Comparison op, Tensor x, Tensor y) {
        return Comparisons.compare(op, x, y);
    }

    private static Tensor cmp(Comparison op, Tensor x, double y) {
        return Comparisons.compare(op, x, Scalar.of(y));
    }

    static {
        // comparisons and logical ops
        put("eq_tensors", () -> cmp(Comparison.EQ, a(), b()));
        put("lt_broadcast", () -> cmp(Comparison.LT, a(), v()));
        put("ge_scalar", () -> cmp(Comparison.GE, a(), 1.5));
        put("ne_int_float_scalar", () -> cmp(Comparison.NE, ints(), 2.0));
        put("gt_int_tensors", () -> cmp(Comparison.GT, ints(), l(2, 2, 7)));
        put("le_float32_vs_double_scalar", () -> cmp(Comparison.LE, f(0.1, 0.2), 0.1));
        put("accuracy_idiom", () -> Comparisons.eq(Extrema.argmax(a(), 1, false), l(2, 1)).to(DType.FLOAT32).mean());
        put("logical_and", () -> Comparisons.logical(Logical.AND, cmp(Comparison.GT, a(), 0), cmp(Comparison.GT, b(), 0)));
        put("logical_or_numbers", () -> Comparisons.logical(Logical.OR, ints().sub(Scalar.of(2L)), Torch.zeros(3)));
        put("logical_xor", () -> Comparisons.logical(Logical.XOR, cmp(Comparison.GT, a(), 0), cmp(Comparison.GT, b(), 0)));
        put("logical_not", () -> Comparisons.logicalNot(cmp(Comparison.GT, a(), 0)));
        put("bitwise_and_bool", () -> Comparisons.bitwise(Logical.AND, cmp(Comparison.GT, a(), 0), cmp(Comparison.GT, b(), 0)));
        put("bitwise_or_int", () -> Comparisons.bitwise(Logical.OR, ints(), Scalar.of(8L)));
        put("bitwise_xor_int", () -> Comparisons.bitwise(Logical.XOR, ints(), ShapeOps.flip(ints(), 1)));
        put("bitwise_not_bool", () -> Comparisons.bitwiseNot(cmp(Comparison.GT, a(), 0)));
        put("bitwise_not_int", () -> Comparisons.bitwiseNot(ints()));
        put("bitwise_and_float_error", () -> error(() -> Comparisons.bitwise(Logical.AND, a(), b())));
        put("invert_float_error", () -> error(() -> Comparisons.bitwiseNot(a())));
        put("eq_shape_error", () -> error(() -> Comparisons.eq(a(), Torch.ones(4))));
        // reductions
        put("max_all", () -> Extrema.max(a()));
        put("min_all_int", () -> Extrema.min(ints()));
        put("max_dim1", () -> pair(Extrema.max(a(), 1, false)));
        put("min_dim0_keepdim", () -> pair(Extrema.min(a(), 0, true)));
        put("max_ties_first_index", () -> pair(Extrema.max(l(1, 3, 3, 2, 2, 1).reshape(2, 3), 1, false)));
        put("max_nan", () -> pair(Extrema.max(f(1.0, Double.NaN, 3.0).reshape(1, 3), 1, false)));
        put("argmax_all", () -> Extrema.argmax(a(), null, false));
        put("argmax_dim", () -> Extrema.argmax(a(), 1, false));
        put("argmin_dim_keepdim", () -> Extrema.argmin(a(), 0, true));
        put("prod_all", () -> Statistics.prod(a(), null, false));
        put("prod_dim_int", () -> Statistics.prod(ints(), 1, false));
        put("std_all", () -> Statistics.std(a(), null, 1, false));
        put("std_dim_biased", () -> Statistics.std(a(), 1, 0, false));
        put("var_dim_keepdim", () -> Statistics.var(a(), 0, 1, true));
        put("var_correction_0", () -> Statistics.var(a(), 1, 0, false));
        put("norm_all", () -> Statistics.norm(a(), 2, null, false));
        put("norm_p1_dim", () -> Statistics.norm(a(), 1, 1, false));
        put("norm_inf", () -> Statistics.norm(a(), Double.POSITIVE_INFINITY, null, false));
        put("logsumexp_dim", () -> Statistics.logsumexp(a(), 1, false));
        put("cumsum_dim1", () -> Scans.cumsum(a(), 1));
        put("cumsum_int", () -> Scans.cumsum(ints(), 0));
        put("cumprod_dim1", () -> Scans.cumprod(a(), 1));
        put("any_all", () -> Statistics.any(cmp(Comparison.GT, a(), 3), null, false) + "\n"
                + Statistics.all(cmp(Comparison.GT, a(), -3), null, false));
        put("any_dim", () -> Statistics.any(cmp(Comparison.GT, a(), 3), 1, false));
        put("all_dim_keepdim", () -> Statistics.all(cmp(Comparison.GT, a(), -1), 0, true));
        put("sort_dim1", () -> pair(Extrema.sort(a(), 1, false)));
        put("sort_descending_dim0", () -> pair(Extrema.sort(a(), 0, true)));
        put("sort_stable_ties", () -> pair(Extrema.sort(l(3, 1, 3, 1, 2), -1, false)));
        put("argsort", () -> Extrema.argsort(a(), 1, false));
        put("topk_2", () -> pair(Extrema.topk(a(), 2, -1, true)));
        put("topk_smallest_dim0", () -> pair(Extrema.topk(a(), 1, 0, false)));
        put("max_empty_error", () -> error(() -> Extrema.max(Torch.ones(0))));
        put("std_int_error", () -> error(() -> Statistics.std(ints(), null, 1, false)));
        put("topk_range_error", () -> error(() -> Extrema.topk(v(), 4, -1, true)));
        // shape ops
        put("unsqueeze_0", () -> ShapeOps.unsqueeze(a(), 0));
        put("unsqueeze_last_shape", () -> {
            Tensor t = ShapeOps.unsqueeze(a(), -1);
            return size(t) + " " + tuple(t.stride());
        });
        put("squeeze_all", () -> size(ShapeOps.squeeze(Torch.ones(1, 3, 1))));
        put("squeeze_dim", () -> size(ShapeOps.squeeze(Torch.ones(1, 3, 1), 2)));
        put("permute", () -> ShapeOps.permute(cube(), 2, 0, 1));
        put("permute_strides", () -> tuple(ShapeOps.permute(cube(), 2, 0, 1).stride()));
        put("expand", () -> ShapeOps.expand(v(), 2, 3));
        put("expand_minus_one", () -> ShapeOps.expand(f(1.0, 2.0).reshape(2, 1), -1, 3));
        put("expand_strides", () -> tuple(ShapeOps.expand(f(1.0, 2.0).reshape(2, 1), 2, 2, 3).stride()));
        put("flatten", () -> ShapeOps.flatten(cube(), 0, -1));
        put("flatten_middle", () -> size(ShapeOps.flatten(cube(), 1, -1)));
        put("repeat", () -> ShapeOps.repeat(a(), 2, 1));
        put("repeat_more_dims", () -> ShapeOps.repeat(v(), 2, 2));
        put("flip", () -> ShapeOps.flip(a(), 1));
        put("flip_two_dims", () -> ShapeOps.flip(cube(), 0, 2));
        put("tril", () -> ShapeOps.tril(cube().select(0, 0), 0));
        put("triu_offset", () -> ShapeOps.triu(cube().select(0, 1), 1));
        put("tril_negative", () -> ShapeOps.tril(Torch.ones(3, 3), -1));
        put("diag_vector", () -> ShapeOps.diag(v(), 0));
        put("diag_vector_offset", () -> ShapeOps.diag(v(), 1));
        put("diag_matrix", () -> ShapeOps.diag(cube().select(0, 0), 0));
        put("diag_matrix_negative", () -> ShapeOps.diag(cube().select(0, 0), -1));
        put("permute_error", () -> error(() -> ShapeOps.permute(a(), 1, 0, 2)));
        put("expand_error", () -> error(() -> ShapeOps.expand(v(), 2, 4)));
        put("unsqueeze_error", () -> error(() -> ShapeOps.unsqueeze(a(), 3)));
        // joins
        put("cat_dim0", () -> Joins.cat(List.of(a(), b()), 0));
        put("cat_dim1", () -> Joins.cat(List.of(a(), b(), a()), 1));
        put("cat_promotes", () -> Joins.cat(List.of(ints(), a()), 0));
        put("stack_dim0", () -> Joins.stack(List.of(v(), v().mul(Scalar.of(2L))), 0));
        put("stack_dim1", () -> Joins.stack(List.of(a(), b()), 1));
        put("split_size", () -> pieces(Joins.split(cube(), 2, 2)));
        put("split_sizes", () -> pieces(Joins.splitWithSizes(a(), new long[] {1, 2}, 1)));
        put("chunk", () -> pieces(Joins.chunk(Torch.arange(Scalar.of(0L), Scalar.of(5L), Scalar.of(1L), null), 3, 0)));
        put("cat_size_error", () -> error(() -> Joins.cat(List.of(a(), Torch.ones(3, 3)), 1)));
        put("cat_dims_error", () -> error(() -> Joins.cat(List.of(a(), v()), 0)));
        put("stack_size_error", () -> error(() -> Joins.stack(List.of(a(), v()), 0)));
        // creation
        put("eye", () -> Creation.eye(3, 3, null));
        put("eye_rect_int", () -> Creation.eye(2, 3, DType.INT64));
        put("linspace", () -> Creation.linspace(0, 1, 5, null));
        put("linspace_thirds", () -> Creation.linspace(-1, 2, 7, null));
        put("linspace_double", () -> Creation.linspace(0, 1, 4, DType.FLOAT64));
        put("logspace", () -> Creation.logspace(0, 3, 4, 10, null));
        put("logspace_base2", () -> Creation.logspace(0, 4, 5, 2, null));
        put("zeros_like", () -> Creation.zerosLike(ints(), null));
        put("ones_like_dtype", () -> Creation.onesLike(ints(), DType.FLOAT32));
        put("full_like", () -> Creation.fullLike(a(), Scalar.of(7L), null));
        // element-wise
        put("reciprocal", () -> b().unary(UnaryOp.RECIPROCAL));
        put("rsqrt", () -> v().unary(UnaryOp.RSQRT));
        put("expm1", () -> a().unary(UnaryOp.EXPM1));
        put("log1p", () -> v().unary(UnaryOp.LOG1P));
        put("log2", () -> v().unary(UnaryOp.LOG2));
        put("log10", () -> f(1.0, 10.0, 1000.0, 2.0).unary(UnaryOp.LOG10));
        put("tan", () -> a().unary(UnaryOp.TAN));
        put("asin", () -> f(-1.0, -0.5, 0.0, 0.25, 1.0).unary(UnaryOp.ASIN));
        put("acos", () -> f(-1.0, -0.5, 0.0, 0.25, 1.0).unary(UnaryOp.ACOS));
        put("atan", () -> a().unary(UnaryOp.ATAN));
        put("sinh", () -> a().unary(UnaryOp.SINH));
        put("cosh", () -> a().unary(UnaryOp.COSH));
        put("erf", () -> f(-3.0, -1.0, -0.3, 0.0, 0.5, 1.0, 2.5, 7.0).unary(UnaryOp.ERF));
        put("floor", () -> a().unary(UnaryOp.FLOOR));
        put("ceil", () -> a().unary(UnaryOp.CEIL));
        put("round_half_even", () -> f(-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.6, -0.2).unary(UnaryOp.ROUND));
        put("trunc", () -> a().unary(UnaryOp.TRUNC));
        put("frac", () -> a().unary(UnaryOp.FRAC));
        put("square", () -> a().pow(Scalar.of(2L)));
        put("square_int", () -> ints().pow(Scalar.of(2L)));
        put("floor_int_identity", () -> ints().unary(UnaryOp.FLOOR));
        put("reciprocal_int", () -> ints().unary(UnaryOp.RECIPROCAL));
        put("clamp", () -> Clamping.clamp(a(), Scalar.of(-1L), Scalar.of(2L)));
        put("clamp_min", () -> Clamping.clamp(a(), Scalar.of(0L), null));
        put("clamp_max_int", () -> Clamping.clamp(ints(), null, Scalar.of(4L)));
        put("clamp_int_float_bounds", () -> Clamping.clamp(ints(), Scalar.of(1.5), Scalar.of(4.5)));
        put("clamp_none_error", () -> error(() -> Clamping.clamp(a(), null, null)));
        put("atan2", () -> ElementwiseOps.binary(BinaryOp.ATAN2, a(), b()));
        put("fmod", () -> ElementwiseOps.binary(BinaryOp.FMOD, f(-3.0, -1.5, 2.0, 5.5), Scalar.of(2L)));
        put("fmod_int_negative", () -> ElementwiseOps.binary(BinaryOp.FMOD, l(-7, 7, -7, 7), l(3, 3, -3, -3)));
        put("remainder", () -> ElementwiseOps.binary(BinaryOp.REMAINDER, f(-3.0, -1.5, 2.0, 5.5), Scalar.of(2L)));
        put("remainder_negative_divisor", () -> ElementwiseOps.binary(BinaryOp.REMAINDER, f(-3.0, -1.5, 2.0, 5.5), Scalar.of(-2L)));
        put("remainder_int", () -> ElementwiseOps.binary(BinaryOp.REMAINDER, l(-7, 7, -7, 7), l(3, 3, -3, -3)));
        put("floor_divide", () -> ElementwiseOps.binary(BinaryOp.FLOOR_DIVIDE, f(-3.0, -1.5, 2.0, 5.5), Scalar.of(2L)));
        put("floor_divide_int", () -> ElementwiseOps.binary(BinaryOp.FLOOR_DIVIDE, l(-7, 7, -7, 7), l(3, 3, -3, -3)));
        put("floor_divide_by_zero_float", () -> ElementwiseOps.binary(BinaryOp.FLOOR_DIVIDE, f(1.0, -1.0, 0.0), Scalar.of(0L)));
        put("remainder_int_zero_error", () -> error(() -> ElementwiseOps.binary(BinaryOp.REMAINDER, ints(), Scalar.of(0L))));
        put("maximum", () -> ElementwiseOps.binary(BinaryOp.MAXIMUM, a(), b()));
        put("minimum_broadcast", () -> ElementwiseOps.binary(BinaryOp.MINIMUM, a(), v()));
        put("maximum_nan", () -> ElementwiseOps.binary(BinaryOp.MAXIMUM, f(1.0, Double.NaN), f(2.0, 0.0)));
        put("lerp_scalar", () -> Clamping.lerp(a(), b(), Scalar.of(0.3)));
        put("lerp_scalar_high", () -> Clamping.lerp(a(), b(), Scalar.of(0.75)));
        put("lerp_tensor_weight", () -> Clamping.lerp(a(), b(), f(0.0, 0.5, 1.0)));
        // products
        put("bmm", () -> BatchedProducts.bmm(cube(), cube().transpose(1, 2)));
        put("matmul_3d_3d", () -> cube().matmul(cube().transpose(1, 2)));
        put("matmul_3d_2d", () -> cube().matmul(Torch.ones(4, 2)));
        put("matmul_2d_3d", () -> a().matmul(cube()));
        put("matmul_3d_1d", () -> cube().matmul(f(1.0, 0.0, -1.0, 2.0)));
        put("matmul_1d_3d", () -> v().matmul(cube()));
        put("matmul_broadcast_batch", () -> cube().reshape(2, 1, 3, 4).matmul(Torch.ones(3, 4, 2)));
        put("mv", () -> BatchedProducts.mv(a(), v()));
        put("dot", () -> BatchedProducts.dot(v(), f(4.0, -5.0, 6.0)));
        put("outer", () -> BatchedProducts.outer(v(), f(1.0, -1.0)));
        put("bmm_error", () -> error(() -> BatchedProducts.bmm(cube(), cube())));
        put("matmul_batch_error", () -> error(() -> Torch.ones(2, 3, 4).matmul(Torch.ones(3, 4, 4))));
        put("dot_error", () -> error(() -> BatchedProducts.dot(a(), a())));
        put("mv_error", () -> error(() -> BatchedProducts.mv(a(), Torch.ones(4))));
        // gradients
        put("grad_max_all", () -> grad(x -> Extrema.max(x[0]), f(1.0, 3.0, 3.0, 2.0).reshape(2, 2)));
        put("grad_max_dim", () -> grad(x -> Extrema.max(x[0], 1, false).values(), a()));
        put("grad_min_dim_keepdim", () -> grad(x -> Extrema.min(x[0], 0, true).values(), a()));
        put("grad_sort", () -> grad(x -> Extrema.sort(x[0], 1, false).values(), a()));
        put("grad_topk", () -> grad(x -> Extrema.topk(x[0], 2, -1, true).values(), a()));
        put("grad_prod", () -> grad(x -> Statistics.prod(x[0], 1, false), f(1.5, 0.0, 2.0, 2.0, 3.0, 4.0).reshape(2, 3)));
        put("grad_prod_all", () -> grad(x -> Statistics.prod(x[0], null, false), a()));
        put("grad_std", () -> grad(x -> Statistics.std(x[0], 1, 1, false), a()));
        put("grad_var", () -> grad(x -> Statistics.var(x[0], null, 1, false), a()));
        put("grad_norm", () -> grad(x -> Statistics.norm(x[0], 2, null, false), a()));
        put("grad_norm_dim", () -> grad(x -> Statistics.norm(x[0], 2, 0, false), a()));
        put("grad_logsumexp", () -> grad(x -> Statistics.logsumexp(x[0], 1, false), a()));
        put("grad_cumsum", () -> grad(x -> Scans.cumsum(x[0], 1), a()));
        put("grad_cumprod", () -> grad(x -> Scans.cumprod(x[0], 1), f(1.5, 0.0, 2.0, 2.0, 3.0, 4.0).reshape(2, 3)));
        put("grad_unsqueeze", () -> grad(x -> ShapeOps.unsqueeze(x[0], 1), a()));
        put("grad_squeeze", () -> grad(x -> ShapeOps.squeeze(ShapeOps.unsqueeze(x[0], 0)), a()));
        put("grad_permute", () -> grad(x -> ShapeOps.permute(x[0], 2, 0, 1), cube()));
        put("grad_expand", () -> grad(x -> ShapeOps.expand(x[0], 2, 2, 3), v()));
        put("grad_repeat", () -> grad(x -> ShapeOps.repeat(x[0], 2, 2), v()));
        put("grad_flip", () -> grad(x -> ShapeOps.flip(x[0], 1), a()));
        put("grad_tril", () -> grad(x -> ShapeOps.tril(x[0], 0), a()));
        put("grad_diag_vector", () -> grad(x -> ShapeOps.diag(x[0], 1), v()));
        put("grad_diag_matrix", () -> grad(x -> ShapeOps.diag(x[0], 0), a()));
        put("grad_cat", () -> grad(x -> Joins.cat(List.of(x[0], x[1], x[0]), 1), a(), b()));
        put("grad_stack", () -> grad(x -> Joins.stack(List.of(x[0], x[1]), 2), a(), b()));
        put("grad_split", () -> grad(x -> Joins.split(x[0], 2, 1).get(1), a()));
        put("grad_clamp", () -> grad(x -> Clamping.clamp(x[0], Scalar.of(-1L), Scalar.of(2L)), a()));
        put("grad_maximum", () -> grad(x -> ElementwiseOps.binary(BinaryOp.MAXIMUM, x[0], x[1]), a(), b()));
        put("grad_atan2", () -> grad(x -> ElementwiseOps.binary(BinaryOp.ATAN2, x[0], x[1]), a(), b()));
        put("grad_fmod", () -> grad(x -> ElementwiseOps.binary(BinaryOp.FMOD, x[0], x[1]), a(), b()));
        put("grad_remainder_scalar", () -> grad(x -> ElementwiseOps.binary(BinaryOp.REMAINDER, x[0], Scalar.of(2L)), a()));
        put("grad_lerp", () -> grad(x -> Clamping.lerp(x[0], x[1], Scalar.of(0.25)), a(), b()));
        put("grad_lerp_tensor", () -> grad(x -> Clamping.lerp(x[0], x[1], x[2]), a(), b(), f(0.0, 0.5, 1.0)));
        put("grad_unary_chain", () -> grad(x -> x[0].unary(UnaryOp.RECIPROCAL).add(x[0].unary(UnaryOp.ATAN)).add(x[0].unary(UnaryOp.SINH))
                .add(x[0].unary(UnaryOp.ERF)).add(x[0].unary(UnaryOp.FRAC)).add(x[0].unary(UnaryOp.FLOOR)), a()));
        put("grad_unary_domain", () -> grad(x -> x[0].unary(UnaryOp.ASIN).add(x[0].unary(UnaryOp.ACOS)).add(x[0].unary(UnaryOp.LOG1P))
                .add(x[0].unary(UnaryOp.LOG2)).add(x[0].unary(UnaryOp.RSQRT)).add(x[0].unary(UnaryOp.TAN)).add(x[0].unary(UnaryOp.EXPM1)),
                f(0.1, 0.5, 0.9)));
        put("grad_bmm", () -> grad(x -> BatchedProducts.bmm(x[0], x[1]), cube().div(Scalar.of(10L)), Torch.ones(2, 4, 2)));
        put("grad_matmul_broadcast", () -> grad(x -> x[0].matmul(x[1]), cube().div(Scalar.of(10L)),
                Torch.arange(Scalar.of(0.0), Scalar.of(8L), Scalar.of(1L), null).reshape(4, 2)));
        put("grad_matmul_1d_3d", () -> grad(x -> x[0].matmul(x[1]), v(), cube()));
        put("grad_mv", () -> grad(x -> BatchedProducts.mv(x[0], x[1]), a(), v()));
        put("grad_outer", () -> grad(x -> BatchedProducts.outer(x[0], x[1]), v(), f(1.0, -1.0)));
    }

    private static String size(Tensor t) {
        return dev.torchlet.engine.format.SizeText.torchSize(t.shape());
    }

    private static String tuple(long[] values) {
        return dev.torchlet.engine.format.SizeText.tuple(values);
    }

    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/more_ops.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String name, String expected) {
        Supplier<Object> computation = CASES.get(name);
        if (computation == null) {
            throw new AssertionError("golden case '" + name + "' has no Java computation in this test");
        }
        assertEquals(expected, String.valueOf(computation.get()));
    }

    @Test
    void everyJavaCaseHasAGolden() {
        assertEquals(CASES.keySet().stream().sorted().toList(), GOLDENS.keySet().stream().sorted().toList());
    }
}
