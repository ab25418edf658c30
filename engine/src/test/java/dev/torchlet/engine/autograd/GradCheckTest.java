package dev.torchlet.engine.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.AddScaledProducts;
import dev.torchlet.engine.BatchedProducts;
import dev.torchlet.engine.BinaryOp;
import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.Creation;
import dev.torchlet.engine.Einsum;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.ElementwiseOps;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.Joins;
import dev.torchlet.engine.MatrixFunctions;
import dev.torchlet.engine.OrderStatistics;
import dev.torchlet.engine.RandomFills;
import dev.torchlet.engine.Scans;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.WindowsAndGrids;
import dev.torchlet.engine.indexing.TensorIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every derivative in the engine against float64 central finite differences. The grad_fn names
 * are read from the engine's own sources, and the test fails when a name never showed up in a
 * checked computation: a new differentiable op must add a case here.
 */
class GradCheckTest {
    /** One computation to check, with its inputs (float64; those that require grad are differentiated). */
    /** Float32 cases need a looser tolerance: their finite differences keep only ~7 digits. */
    private record Case(String label, GradCheck.Function function, double tolerance, Tensor... inputs) {
        Case(String label, GradCheck.Function function, Tensor... inputs) {
            this(label, function, 1e-5, inputs);
        }
    }

    private static Tensor leaf(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return Torch.tensor(list, DType.FLOAT64).requiresGrad_(true);
    }

    private static Tensor matrix(int rows, int columns, double start) {
        List<List<Double>> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(start + 0.37 * r - 0.53 * c + 0.11 * r * c);
            }
            data.add(row);
        }
        return Torch.tensor(data, DType.FLOAT64).requiresGrad_(true);
    }

    /** The sum of a function's several outputs, so one check covers the node that made them all. */
    private static Tensor sumOf(Tensor[] outputs) {
        Tensor total = outputs[0].sum();
        for (int i = 1; i < outputs.length; i++) {
            total = total.add(outputs[i].sum());
        }
        return total;
    }

    private static Tensor ints(long... values) {
        List<Long> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return Torch.tensor(list, null);
    }

    private static Tensor mask(boolean... values) {
        List<Boolean> list = new ArrayList<>();
        for (boolean v : values) {
            list.add(v);
        }
        return Torch.tensor(list, null);
    }

    private static Tensor firstGradient(Tensor output, Tensor input) {
        return Backward.grad(new Tensor[] {output}, new Tensor[] {input}, null, true, true, false)[0];
    }

    /** The ops of the engine issue's shape, reduction, comparison-style and product functions. */
    private static List<Case> shapeAndReductionCases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("atan2", x -> ElementwiseOps.binary(BinaryOp.ATAN2, x[0], x[1]), matrix(2, 2, 0.5), leaf(1.5, -2.0)));
        cases.add(new Case("fmod tensor", x -> ElementwiseOps.binary(BinaryOp.FMOD, x[0], x[1]), matrix(2, 2, 0.5), leaf(0.7, -0.9)));
        cases.add(new Case("fmod number", x -> ElementwiseOps.binary(BinaryOp.FMOD, x[0], Scalar.of(0.7)), matrix(2, 2, 0.5)));
        cases.add(new Case("remainder tensor", x -> ElementwiseOps.binary(BinaryOp.REMAINDER, x[0], x[1]), matrix(2, 2, 0.5),
                leaf(0.7, -0.9)));
        cases.add(new Case("remainder number", x -> ElementwiseOps.binary(BinaryOp.REMAINDER, x[0], Scalar.of(0.7)),
                matrix(2, 2, 0.5)));
        cases.add(new Case("maximum", x -> ElementwiseOps.binary(BinaryOp.MAXIMUM, x[0], x[1]), matrix(2, 2, 0.5), leaf(0.1, -0.2)));
        cases.add(new Case("minimum", x -> ElementwiseOps.binary(BinaryOp.MINIMUM, x[0], x[1]), matrix(2, 2, 0.5), leaf(0.1, -0.2)));
        cases.add(new Case("square", x -> ElementwiseOps.square(x[0]), leaf(1.5, -2.0)));
        cases.add(new Case("clamp", x -> Clamping.clamp(x[0], Scalar.of(-0.2), Scalar.of(0.6)), matrix(2, 3, 0.5)));
        cases.add(new Case("clamp_max", x -> Clamping.clampMax(x[0], Scalar.of(0.1)), matrix(2, 3, 0.5)));
        cases.add(new Case("lerp number", x -> Clamping.lerp(x[0], x[1], Scalar.of(0.3)), leaf(1.0, 2.0), leaf(-1.0, 0.5)));
        cases.add(new Case("addcmul, broadcast", x -> AddScaledProducts.addcmul(x[0], x[1].reshape(2, 1), x[2], Scalar.of(0.5)),
                leaf(1.0, 2.0), leaf(-1.0, 0.5), leaf(0.25, 0.75)));
        cases.add(new Case("addcdiv, broadcast", x -> AddScaledProducts.addcdiv(x[0], x[1].reshape(2, 1), x[2], Scalar.of(-2L)),
                leaf(1.0, 2.0), leaf(-1.0, 0.5), leaf(0.25, 0.75)));
        cases.add(new Case("lerp tensor", x -> Clamping.lerp(x[0], x[1], x[2]), leaf(1.0, 2.0), leaf(-1.0, 0.5), leaf(0.25, 0.75)));
        cases.add(new Case("max", x -> Extrema.max(x[0]), matrix(2, 3, 0.5)));
        cases.add(new Case("max dim", x -> Extrema.max(x[0], 1, false).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("min", x -> Extrema.min(x[0]), matrix(2, 3, 0.5)));
        cases.add(new Case("min dim", x -> Extrema.min(x[0], 0, true).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("sort", x -> Extrema.sort(x[0], 1, true).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("topk", x -> Extrema.topk(x[0], 2, 1, true).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("prod", x -> Statistics.prod(x[0], null, false), matrix(2, 3, 0.5)));
        cases.add(new Case("prod dim", x -> Statistics.prod(x[0], 1, true), matrix(2, 3, 0.5)));
        cases.add(new Case("var", x -> Statistics.var(x[0], 1, 1, false), matrix(2, 3, 0.5)));
        cases.add(new Case("std", x -> Statistics.std(x[0], null, 1, false), matrix(2, 3, 0.5)));
        cases.add(new Case("norm", x -> Statistics.norm(x[0], 2.0, null, false), matrix(2, 3, 0.5)));
        cases.add(new Case("linalg.vector_norm", x -> Statistics.vectorNorm(x[0], 3.0, 1, true), matrix(2, 3, 0.5)));
        cases.add(new Case("logsumexp", x -> Statistics.logsumexp(x[0], 1, false), matrix(2, 3, 0.5)));
        // Helper-added tutorial functions (amax … xlogy): each recorded node against finite differences.
        cases.add(new Case("amax", x -> dev.torchlet.engine.ReducedExtremes.amax(x[0], new int[] {1}, false), matrix(2, 3, 0.5)));
        cases.add(new Case("amin", x -> dev.torchlet.engine.ReducedExtremes.amin(x[0], new int[] {0, 1}, true), matrix(2, 3, 0.5)));
        cases.add(new Case("nan_to_num", x -> dev.torchlet.engine.NonFiniteReplacement.nanToNum(x[0], null, null, null),
                matrix(2, 3, 0.5)));
        cases.add(new Case("std_mean", x -> sumOf(dev.torchlet.engine.MomentPairs.stdMean(x[0], 1, 1, false)), matrix(2, 3, 0.5)));
        cases.add(new Case("var_mean", x -> sumOf(dev.torchlet.engine.MomentPairs.varMean(x[0], null, 1, false)), matrix(2, 3, 0.5)));
        cases.add(new Case("cummax", x -> dev.torchlet.engine.RunningExtremes.cummax(x[0], 1).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("cummin", x -> dev.torchlet.engine.RunningExtremes.cummin(x[0], 0).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("logaddexp", x -> dev.torchlet.engine.LogSpaceSums.logaddexp(x[0], x[1]), matrix(2, 2, 0.5), leaf(0.3, -1.2)));
        cases.add(new Case("logaddexp2", x -> dev.torchlet.engine.LogSpaceSums.logaddexp2(x[0], x[1]), matrix(2, 2, 0.5),
                leaf(0.3, -1.2)));
        cases.add(new Case("logcumsumexp", x -> dev.torchlet.engine.LogSpaceSums.logcumsumexp(x[0], 1), matrix(2, 3, 0.5)));
        cases.add(new Case("exp2", x -> dev.torchlet.engine.LogsAndPowers.exp2(x[0]), matrix(2, 3, 0.5)));
        cases.add(new Case("logit", x -> dev.torchlet.engine.LogsAndPowers.logit(x[0], null), leaf(0.2, 0.7)));
        cases.add(new Case("xlogy", x -> dev.torchlet.engine.LogsAndPowers.xlogy(x[0], x[1]), leaf(0.2, -0.7), leaf(1.5, 0.4)));
        cases.add(new Case("sgn", x -> dev.torchlet.engine.SignsAndAngles.sgn(x[0]), leaf(0.2, -0.7)));
        cases.add(new Case("deg2rad", x -> dev.torchlet.engine.SignsAndAngles.deg2rad(x[0]), leaf(30.0, -45.0)));
        cases.add(new Case("rad2deg", x -> dev.torchlet.engine.SignsAndAngles.rad2deg(x[0]), leaf(0.5, -1.5)));
        cases.add(new Case("hypot", x -> dev.torchlet.engine.SignsAndAngles.hypot(x[0], x[1]), leaf(0.2, -0.7), leaf(1.5, 0.4)));
        cases.add(new Case("index_add", x -> dev.torchlet.engine.IndexAccumulation.indexAdd(x[0], 0, ints(1, 0, 1), x[1],
                Scalar.of(2.0)), matrix(2, 3, 0.5), matrix(3, 3, -0.2)));
        cases.add(new Case("index_fill", x -> dev.torchlet.engine.IndexAccumulation.indexFill(x[0], 1, ints(2), Scalar.of(0.5)),
                matrix(2, 3, 0.5)));
        cases.add(new Case("rot90", x -> dev.torchlet.engine.Rotation.rot90(x[0], 1, new int[] {0, 1}), matrix(2, 3, 0.5)));
        cases.add(new Case("block_diag", x -> dev.torchlet.engine.BlockDiagonal.blockDiag(List.of(x[0], x[1])), matrix(2, 2, 0.5),
                matrix(1, 3, -0.4)));
        cases.add(new Case("cdist", x -> dev.torchlet.engine.PairwiseDistances.cdist(x[0], x[1], 2.0), matrix(2, 3, 0.5),
                matrix(3, 3, -0.4)));
        cases.add(new Case("cumsum", x -> Scans.cumsum(x[0], 1), matrix(2, 3, 0.5)));
        cases.add(new Case("cumprod", x -> Scans.cumprod(x[0], 1), matrix(2, 3, 0.5)));
        cases.add(new Case("cat", x -> Joins.cat(List.of(x[0], x[1]), 0), matrix(2, 3, 0.5), matrix(1, 3, -0.5)));
        cases.add(new Case("stack", x -> Joins.stack(List.of(x[0], x[1]), 1), leaf(1.0, 2.0), leaf(3.0, 4.0)));
        cases.add(new Case("split", x -> Joins.split(x[0], 1, 0).get(1).pow(Scalar.of(2L)), matrix(2, 3, 0.5)));
        cases.add(new Case("squeeze", x -> ShapeOps.squeeze(x[0].reshape(1, 3)).pow(Scalar.of(2L)), leaf(1.0, 2.0, 3.0)));
        cases.add(new Case("squeeze dim", x -> ShapeOps.squeeze(x[0].reshape(3, 1), 1).pow(Scalar.of(2L)), leaf(1.0, 2.0, 3.0)));
        cases.add(new Case("unsqueeze", x -> ShapeOps.unsqueeze(x[0], 0).pow(Scalar.of(2L)), leaf(1.0, 2.0)));
        cases.add(new Case("permute", x -> ShapeOps.permute(x[0].reshape(1, 2, 3), 2, 0, 1).pow(Scalar.of(2L)), matrix(2, 3, 0.5)));
        cases.add(new Case("expand", x -> ShapeOps.expand(x[0].reshape(1, 2), 3, 2).pow(Scalar.of(2L)), leaf(1.0, 2.0)));
        cases.add(new Case("repeat", x -> ShapeOps.repeat(x[0], 2, 2).pow(Scalar.of(2L)), leaf(1.0, 2.0)));
        cases.add(new Case("flip", x -> ShapeOps.flip(x[0], 1).mul(matrix(2, 3, 0.1).detach()), matrix(2, 3, 0.5)));
        cases.add(new Case("tril", x -> ShapeOps.tril(x[0], 0).pow(Scalar.of(2L)), matrix(3, 3, 0.5)));
        cases.add(new Case("triu", x -> ShapeOps.triu(x[0], 1).pow(Scalar.of(2L)), matrix(3, 3, 0.5)));
        cases.add(new Case("diag", x -> ShapeOps.diag(x[0], 0).pow(Scalar.of(2L)), matrix(3, 3, 0.5)));
        cases.add(new Case("trace", x -> MatrixFunctions.trace(x[0]), matrix(2, 3, 0.5)));
        cases.add(new Case("det", x -> MatrixFunctions.det(x[0]), matrix(3, 3, 0.5).add(Creation.eye(3, 3, DType.FLOAT64)).detach()
                .requiresGrad_(true)));
        cases.add(new Case("det, twice", x -> firstGradient(MatrixFunctions.det(x[0]), x[0]), Torch.tensor(List.of(List.of(4.0, 7.0),
                List.of(2.0, 6.0)), DType.FLOAT64).requiresGrad_(true)));
        cases.add(new Case("inverse", x -> MatrixFunctions.inverse(x[0]), Torch.tensor(List.of(List.of(4.0, 7.0),
                List.of(2.0, 6.0)), DType.FLOAT64).requiresGrad_(true)));
        cases.add(new Case("det, batched", x -> MatrixFunctions.det(x[0]), matrix(6, 3, 0.5).reshape(2, 3, 3)
                .add(Creation.eye(3, 3, DType.FLOAT64)).detach().requiresGrad_(true)));
        cases.add(new Case("det, batched twice", x -> firstGradient(MatrixFunctions.det(x[0]).sum(), x[0]), matrix(4, 2, 0.5)
                .reshape(2, 2, 2).add(Creation.eye(2, 2, DType.FLOAT64)).detach().requiresGrad_(true)));
        cases.add(new Case("det, a singular matrix in the batch", x -> MatrixFunctions.det(x[0]), Torch.tensor(List.of(
                List.of(List.of(1.0, 2.0), List.of(2.0, 4.0)), List.of(List.of(3.0, 1.0), List.of(0.5, 2.0))), DType.FLOAT64)
                .requiresGrad_(true)));
        cases.add(new Case("inverse, batched", x -> MatrixFunctions.inverse(x[0]), matrix(6, 3, 0.5).reshape(2, 3, 3)
                .add(Creation.eye(3, 3, DType.FLOAT64)).detach().requiresGrad_(true)));
        cases.add(new Case("roll", x -> WindowsAndGrids.roll(x[0], new long[] {1, -1}, new int[] {0, 1}).mul(matrix(2, 3, 0.1)
                .detach()), matrix(2, 3, 0.5)));
        cases.add(new Case("roll flat", x -> WindowsAndGrids.roll(x[0], new long[] {2}, new int[0]).mul(matrix(2, 3, 0.1).detach()),
                matrix(2, 3, 0.5)));
        cases.add(new Case("unfold", x -> WindowsAndGrids.unfold(x[0], 1, 2, 1).pow(Scalar.of(2L)), matrix(2, 4, 0.5)));
        cases.add(new Case("unfold, twice", x -> firstGradient(WindowsAndGrids.unfold(x[0], 0, 2, 1).pow(Scalar.of(3L)).sum(), x[0]),
                leaf(1.0, -2.0, 0.5)));
        cases.add(new Case("meshgrid", x -> WindowsAndGrids.meshgrid(List.of(x[0], x[1]), "xy").get(0)
                .mul(WindowsAndGrids.meshgrid(List.of(x[0], x[1]), "ij").get(1).t()), leaf(1.0, 2.0), leaf(0.5, -1.0, 3.0)));
        cases.add(new Case("median", x -> OrderStatistics.median(x[0]), matrix(2, 3, 0.5)));
        cases.add(new Case("median dim", x -> OrderStatistics.median(x[0], 1, false).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("mode", x -> OrderStatistics.mode(x[0], 0, true).values(), matrix(2, 3, 0.5)));
        cases.add(new Case("nanmedian", x -> OrderStatistics.nanmedian(x[0]), Torch.tensor(List.of(1.0, Double.NaN, 3.0, 2.0),
                DType.FLOAT64).requiresGrad_(true)));
        cases.add(new Case("nanmedian dim", x -> OrderStatistics.nanmedian(x[0], 1, false).values(), matrix(2, 3, 0.5)));
        // Reseeded on every call, so the finite differences see the same draws: the derivative is zero.
        cases.add(new Case("bernoulli", x -> {
            Torch.manualSeed(0);
            return RandomFills.bernoulli(x[0]).mul(x[0]);
        }, leaf(0.2, 0.5, 0.9)));
        cases.add(new Case("einsum ii->i", x -> Einsum.einsum("ii->i", List.of(x[0])).pow(Scalar.of(2L)), matrix(3, 3, 0.5)));
        cases.add(new Case("einsum ii->i, twice", x -> firstGradient(Einsum.einsum("iij->j", List.of(x[0].reshape(2, 2, 2)))
                .pow(Scalar.of(3L)).sum(), x[0]), matrix(2, 4, 0.5)));
        cases.add(new Case("bmm", x -> BatchedProducts.bmm(x[0].reshape(2, 2, 3), x[1].reshape(2, 3, 1)), matrix(2, 6, 0.5),
                matrix(2, 3, -0.5)));
        cases.add(new Case("batched matmul", x -> x[0].reshape(2, 2, 3).matmul(x[1]), matrix(2, 6, 0.5), leaf(1.0, -1.0, 0.5)));
        return cases;
    }

    /** y = 2x; y[1:] += x[1:] in place (CopySlices on y, AsStridedBackward0 on the view); then both are used. */
    private static Tensor inPlaceOnView(Tensor[] x) {
        Tensor y = x[0].mul(Scalar.of(2L));
        Tensor view = y.slice(0, 1L, null, 1);
        view.assignInPlace(view.add(x[0].slice(0, 1L, null, 1)));
        return y.mul(y).sum().add(view.pow(Scalar.of(3L)).sum());
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("add", x -> x[0].add(x[1]), matrix(2, 3, 0.5), leaf(1.0, -2.0, 0.5)));
        cases.add(new Case("add scalar", x -> x[0].add(Scalar.of(2.5)), leaf(1.0, 2.0)));
        cases.add(new Case("sub", x -> x[0].sub(x[1]), matrix(2, 3, 0.5), matrix(1, 3, 0.1)));
        cases.add(new Case("mul", x -> x[0].mul(x[1]), matrix(2, 3, 0.5), leaf(1.5, -2.0, 0.25)));
        cases.add(new Case("mul scalar", x -> x[0].mul(Scalar.of(3L)), leaf(1.0, 2.0)));
        cases.add(new Case("div", x -> x[0].div(x[1]), matrix(2, 2, 0.5), leaf(1.5, -2.0)));
        cases.add(new Case("div scalar", x -> x[0].div(Scalar.of(4.0)), leaf(1.0, 2.0)));
        cases.add(new Case("rdiv", x -> x[0].rdiv(Scalar.of(2.0)), leaf(1.0, -2.0)));
        cases.add(new Case("rsub", x -> x[0].rsub(Scalar.of(2.0)), leaf(1.0, -2.0)));
        cases.add(new Case("pow scalar", x -> x[0].pow(Scalar.of(3L)), leaf(1.0, -2.0, 0.5)));
        cases.add(new Case("pow tensor", x -> x[0].pow(x[1]), leaf(1.5, 2.0), leaf(2.0, -0.5)));
        cases.add(new Case("rpow", x -> x[0].rpow(Scalar.of(2.0)), leaf(1.5, -2.0)));
        cases.add(new Case("neg", x -> x[0].neg(), leaf(1.5, -2.0)));
        for (UnaryOp op : UnaryOp.values()) {
            // Inside (0, 1), every function's domain (asin, acos, log…) and away from floor/round's steps.
            cases.add(new Case(op.pytorchName(), x -> x[0].unary(op), leaf(0.3, 0.55, 0.8)));
        }
        cases.add(new Case("sum", x -> x[0].sum(), matrix(2, 3, 0.5)));
        cases.add(new Case("sum dim", x -> x[0].sum(1, false), matrix(2, 3, 0.5)));
        cases.add(new Case("mean", x -> x[0].mean(), matrix(2, 3, 0.5)));
        cases.add(new Case("mean dim", x -> x[0].mean(0, true), matrix(2, 3, 0.5)));
        cases.add(new Case("view", x -> x[0].view(3, 2).mul(x[0].view(3, 2)), matrix(2, 3, 0.5)));
        cases.add(new Case("reshape", x -> x[0].t().reshape(6).pow(Scalar.of(2L)), matrix(2, 3, 0.5)));
        cases.add(new Case("select", x -> x[0].select(1, -1).pow(Scalar.of(2L)), matrix(2, 3, 0.5)));
        cases.add(new Case("slice", x -> x[0].slice(1, 0L, null, 2).pow(Scalar.of(2L)), matrix(2, 3, 0.5)));
        cases.add(new Case("transpose", x -> x[0].transpose(0, 1).mul(matrix(3, 2, 0.1).detach()), matrix(2, 3, 0.5)));
        cases.add(new Case("t", x -> x[0].t().mul(matrix(3, 2, 0.1).detach()), matrix(2, 3, 0.5)));
        cases.add(new Case("T", x -> x[0].transposeAll().mul(matrix(3, 2, 0.1).detach()), matrix(2, 3, 0.5)));
        cases.add(new Case("to float32", x -> x[0].to(DType.FLOAT32).mul(Scalar.of(2L)), 1e-1, leaf(1.0, 2.0)));
        cases.add(new Case("dot", x -> x[0].matmul(x[1]), leaf(1.0, 2.0), leaf(0.5, -1.5)));
        cases.add(new Case("mv", x -> x[0].matmul(x[1]), matrix(2, 3, 0.5), leaf(0.5, -1.5, 2.0)));
        cases.add(new Case("vm", x -> x[0].matmul(x[1]), leaf(0.5, -1.5), matrix(2, 3, 0.5)));
        cases.add(new Case("mm", x -> x[0].matmul(x[1]), matrix(2, 3, 0.5), matrix(3, 2, -0.5)));
        cases.add(new Case("clone", x -> x[0].clone().mul(x[0]), leaf(1.0, 2.0)));
        cases.add(new Case("copy_", x -> x[0].mul(Scalar.of(1L)).copyFrom(x[1]).mul(x[0]), leaf(1.0, 2.0), leaf(3.0, -1.0)));
        cases.add(new Case("fill_", x -> x[0].mul(Scalar.of(1L)).fill_(Scalar.of(2L)).add(x[0]), leaf(1.0, 2.0)));
        cases.add(new Case("x[()]", x -> x[0].index(List.of()).pow(Scalar.of(2L)), leaf(1.0, 2.0)));
        cases.add(new Case("x[None, 1:]", x -> x[0].index(TensorIndex.NONE, TensorIndex.slice(1L, null, 1)).pow(Scalar.of(2L)),
                matrix(3, 2, 0.5)));
        cases.add(new Case("x[[2, 0, 2], 1]", x -> x[0].index(TensorIndex.of(ints(2, 0, 2)), TensorIndex.at(1)).pow(Scalar.of(2L)),
                matrix(3, 2, 0.5)));
        cases.add(new Case("x[mask]", x -> x[0].index(TensorIndex.of(mask(true, false, true))).pow(Scalar.of(2L)),
                matrix(3, 2, 0.5)));
        cases.add(new Case("x[idx] = v", x -> x[0].mul(Scalar.of(1L)).indexPut(List.of(TensorIndex.of(ints(1, 0))), x[1], false)
                .pow(Scalar.of(2L)), matrix(3, 2, 0.5), leaf(2.0, -1.0)));
        cases.add(new Case("x[0, idx] = v", x -> x[0].mul(Scalar.of(1L)).indexPut(List.of(TensorIndex.at(0), TensorIndex.of(ints(1))),
                x[1], false).pow(Scalar.of(2L)), matrix(3, 2, 0.5), leaf(2.0)));
        cases.add(new Case("index_select", x -> x[0].indexSelect(1, ints(1, 1, 0)).pow(Scalar.of(2L)), matrix(3, 2, 0.5)));
        cases.add(new Case("masked_select", x -> x[0].maskedSelect(mask(false, true)).pow(Scalar.of(2L)), matrix(3, 2, 0.5)));
        cases.add(new Case("masked_fill number", x -> x[0].maskedFill(mask(false, true), Scalar.of(2.0)).pow(Scalar.of(2L)),
                matrix(3, 2, 0.5)));
        cases.add(new Case("masked_fill tensor", x -> x[0].maskedFill(mask(false, true), x[1]).pow(Scalar.of(2L)),
                matrix(3, 2, 0.5), Torch.full(new long[0], Scalar.of(1.5), DType.FLOAT64).requiresGrad_(true)));
        cases.add(new Case("where", x -> Torch.where(mask(true, false), x[0], x[1]).pow(Scalar.of(2L)), matrix(3, 2, 0.5),
                leaf(1.0, 2.0)));
        cases.add(new Case("gather", x -> x[0].gather(1, Torch.tensor(List.of(List.of(1L, 1L), List.of(0L, 1L)), null)),
                matrix(2, 3, 0.5)));
        cases.add(new Case("scatter", x -> x[0].scatter(0, Torch.tensor(List.of(List.of(1L, 0L)), null), x[1]).pow(Scalar.of(2L)),
                matrix(2, 2, 0.5), matrix(1, 2, -1.0)));
        cases.add(new Case("scatter value", x -> x[0].scatter(1, Torch.tensor(List.of(List.of(1L), List.of(0L)), null),
                Scalar.of(2.0)).pow(Scalar.of(2L)), matrix(2, 2, 0.5)));
        cases.add(new Case("scatter_add", x -> x[0].scatterAdd(0, Torch.tensor(List.of(List.of(1L, 1L)), null), x[1])
                .pow(Scalar.of(2L)), matrix(2, 2, 0.5), matrix(1, 2, -1.0)));
        cases.add(new Case("take", x -> x[0].take(ints(5, 0, -1)).pow(Scalar.of(2L)), matrix(2, 3, 0.5)));
        cases.add(new Case("in place on a view", GradCheckTest::inPlaceOnView, leaf(1.0, 2.0, -1.5)));
        cases.add(new Case("in place on a view, twice", x -> firstGradient(inPlaceOnView(x), x[0]), leaf(1.0, 2.0, -1.5)));
        cases.addAll(shapeAndReductionCases());
        // Issue #6: every torch.nn op's grad_fn (cases listed in NnGradCheckCases).
        for (NnGradCheckCases.Entry e : NnGradCheckCases.entries()) {
            cases.add(new Case(e.label(), e.function(), e.inputs()));
        }
        // Gradients of gradients: the view and gather backwards are differentiable themselves.
        cases.add(new Case("select, twice", x -> firstGradient(x[0].select(0, 1).pow(Scalar.of(3L)).sum(), x[0]),
                matrix(2, 2, 0.5)));
        cases.add(new Case("slice, twice", x -> firstGradient(x[0].slice(0, 1L, null, 1).pow(Scalar.of(3L)).sum(), x[0]),
                matrix(2, 2, 0.5)));
        cases.add(new Case("diag of a matrix, twice", x -> firstGradient(ShapeOps.diag(x[0], 0).pow(Scalar.of(3L)).sum(), x[0]),
                matrix(3, 3, 0.5)));
        cases.add(new Case("diag of a matrix, three times", x -> firstGradient(firstGradient(ShapeOps.diag(x[0], -1)
                .pow(Scalar.of(4L)).sum(), x[0]).pow(Scalar.of(2L)).sum(), x[0]), matrix(3, 2, 0.5)));
        cases.add(new Case("diag of a vector, twice", x -> firstGradient(ShapeOps.diag(x[0], 1).pow(Scalar.of(3L)).sum(), x[0]),
                leaf(1.0, -2.0)));
        cases.add(new Case("split, twice", x -> firstGradient(Joins.split(x[0], 1, 0).get(1).pow(Scalar.of(3L)).sum(), x[0]),
                matrix(2, 3, 0.5)));
        cases.add(new Case("index, twice", x -> firstGradient(x[0].index(TensorIndex.of(ints(0, 0))).pow(Scalar.of(3L)).sum(), x[0]),
                leaf(1.0, 2.0)));
        return cases;
    }

    @Test
    void everyDerivativeMatchesFiniteDifferences() throws Exception {
        Set<String> seen = new TreeSet<>();
        try (AutoCloseable subscription = GraphEvents.subscribe(event -> {
            if (event instanceof GraphEvent.NodeCreated created) {
                seen.add(created.gradFnName());
            }
        })) {
            for (Case c : cases()) {
                GradCheck.Result result;
                try {
                    result = GradCheck.check(c.function(), c.inputs(), 1e-6, c.tolerance(), 1e-3);
                } catch (RuntimeException e) {
                    throw new AssertionError(c.label() + " failed", e);
                }
                assertTrue(result.passed(), c.label() + ": " + result.message());
                assertTrue(result.comparedEntries() > 0, c.label());
            }
        }
        // The covered list goes to the build log, so a reader sees what was checked without opening the test.
        System.out.println("GradCheckTest: " + seen.size() + " grad_fns checked against finite differences: " + seen);
        Set<String> missing = new TreeSet<>(gradFnNamesInEngineSources());
        missing.removeAll(seen);
        missing.removeAll(WITHOUT_DERIVATIVE);
        assertEquals(Set.of(), missing, "grad_fn names in the engine that no gradient check covers (checked: " + seen + ")");
    }

    /** Nodes PyTorch records only to refuse backward (checked by {@link #nodesWithoutDerivativeRefuseBackward}). */
    private static final Set<String> WITHOUT_DERIVATIVE = Set.of("UniqueDimBackward0", "Unique2Backward0");

    @Test
    void nodesWithoutDerivativeRefuseBackward() {
        Tensor x = matrix(2, 2, 0.5);
        Tensor slices = dev.torchlet.engine.UniqueSlices.unique(x, 0).values();
        assertEquals("UniqueDimBackward0", slices.gradFn().name());
        dev.torchlet.engine.TorchException e = org.junit.jupiter.api.Assertions.assertThrows(dev.torchlet.engine.TorchException.class,
                () -> slices.sum().backward());
        assertEquals("the derivative for 'unique_dim' is not implemented.", e.getMessage());
        for (boolean sorted : new boolean[] {true, false}) {
            Tensor values = dev.torchlet.engine.OrderStatistics.unique(x, sorted).values();
            assertEquals("Unique2Backward0", values.gradFn().name());
            e = org.junit.jupiter.api.Assertions.assertThrows(dev.torchlet.engine.TorchException.class, () -> values.sum().backward());
            assertEquals("the derivative for '_unique2' is not implemented.", e.getMessage());
        }
    }

    @Test
    void aWrongDerivativeFails() {
        GradCheck.Function wrong = x -> Graph.record(x[0].detach().mul(x[0].detach()), "WrongBackward0",
                g -> new Tensor[] {g.mul(Scalar.of(3L))}, x[0]);
        GradCheck.Result result = GradCheck.check(wrong, new Tensor[] {leaf(1.0, 2.0)}, 1e-6, 1e-5, 1e-3);
        assertFalse(result.passed());
        assertTrue(result.message().startsWith("Jacobian mismatch for output 0 with respect to input 0"), result.message());
    }

    /** Every string literal in the engine's main sources that names a grad_fn (an op some code records). */
    private static Set<String> gradFnNamesInEngineSources() throws IOException {
        Path root = Path.of("src/main/java");
        Pattern name = Pattern.compile("\"([A-Z][A-Za-z0-9]*?(?:Backward[A-Za-z]*\\d*|Slices|Backwards))\"");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            // ViewNodes lists PyTorch's view grad_fn names for recognising views; it records no op.
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("ViewNodes.java")).toList()) {
                Matcher m = name.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertTrue(names.size() > 40, "found only " + names);
        return names;
    }
}
