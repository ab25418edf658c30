package dev.torchlet.engine.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user-defined function's node (what {@code torch.autograd.Function.apply} records): the host's
 * backward runs in the engine's backward pass, its results are checked with PyTorch's wording, and
 * graph events show it. The Python side is checked by the conformance program autograd_function.py.
 */
class CustomFunctionTest {
    /** cube(x, k) = k·x³ with a Java backward, as a host would record it; k is a non-tensor argument. */
    private static Tensor cube(Tensor x, double k, Object context) {
        Tensor out;
        boolean mode = GradMode.isEnabled();
        GradMode.setEnabled(false);
        try {
            out = x.pow(Scalar.of(3L)).mul(Scalar.of(k));
        } finally {
            GradMode.setEnabled(mode);
        }
        Tensor[] holder = new Tensor[1];
        Tensor result = CustomFunction.record(out, "CubeBackward", new Tensor[] {x, null}, new Tensor[] {x}, context,
                g -> {
                    Tensor saved = holder[0].gradFn().savedTensors()[0];
                    return new Tensor[] {g.mul(saved.pow(Scalar.of(2L))).mul(Scalar.of(3 * k)), null};
                });
        holder[0] = result;
        return result;
    }

    private static Tensor leaf(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return Torch.tensor(list, DType.FLOAT64).requiresGrad_(true);
    }

    @Test
    void recordsANodeWhoseBackwardIsTheHostsCode() {
        Tensor x = leaf(1.0, -2.0);
        Object ctx = new Object();
        Tensor y = cube(x, 2.0, ctx);
        assertEquals("CubeBackward", y.gradFn().name());
        assertTrue(y.gradFn().isCustomFunction());
        assertSame(ctx, y.gradFn().customContext());
        assertEquals(1, y.gradFn().nextFunctions().length, "edges go to tensor arguments only");
        assertSame(x.gradientEdge(), y.gradFn().nextFunctions()[0]);
        y.sum().backward();
        assertEquals("tensor([ 6., 24.], dtype=torch.float64)", x.grad().toString());
        TorchException freed = assertThrows(TorchException.class, () -> y.gradFn().savedTensors());
        assertTrue(freed.getMessage().startsWith("Trying to backward through the graph a second time"));
    }

    @Test
    void passesGradCheckIncludingSecondOrder() {
        GradCheck.Result first = GradCheck.check(x -> cube(x[0], 1.5, this), new Tensor[] {leaf(0.5, -1.25, 2.0)}, 1e-6, 1e-5, 1e-3);
        assertTrue(first.passed(), first.message());
        GradCheck.Result second = GradCheck.check(x -> Backward.grad(new Tensor[] {cube(x[0], 1.5, this).sum()}, x, null,
                true, true, false)[0], new Tensor[] {leaf(0.5, -1.25, 2.0)}, 1e-6, 1e-5, 1e-3);
        assertTrue(second.passed(), second.message());
    }

    @Test
    void notRecordedWithoutGradOrUnderNoGrad() {
        Tensor plain = Torch.ones(2);
        assertNull(cube(plain, 1.0, this).gradFn());
        boolean mode = GradMode.isEnabled();
        GradMode.setEnabled(false);
        try {
            assertNull(cube(leaf(1.0), 1.0, this).gradFn());
        } finally {
            GradMode.setEnabled(mode);
        }
    }

    @Test
    void anArgumentReturnedUnchangedIsAliased() {
        Tensor x = leaf(1.0, 2.0);
        Tensor y = CustomFunction.record(x, "IdentityBackward", new Tensor[] {x}, new Tensor[0], this, g -> new Tensor[] {g});
        assertNotSame(x, y);
        assertTrue(x.isLeaf());
        assertTrue(y.sharesStorageWith(x));
        assertEquals("IdentityBackward", y.gradFnName());
    }

    @Test
    void checksWhatTheBackwardReturns() {
        Tensor x = leaf(1.0, 2.0);
        TorchException count = assertThrows(TorchException.class, () -> CustomFunction.record(x.mul(Scalar.of(1L)).detach(),
                "TwoBackward", new Tensor[] {x}, new Tensor[0], this, g -> new Tensor[] {g, g}).sum().backward());
        assertEquals("function TwoBackward returned an incorrect number of gradients (expected 1, got 2)", count.getMessage());
        Tensor extraNones = CustomFunction.record(x.mul(Scalar.of(1L)).detach(), "NonesBackward", new Tensor[] {x},
                new Tensor[0], this, g -> new Tensor[] {g, null, null});
        x.setGrad(null);
        extraNones.sum().backward();
        assertEquals("tensor([1., 1.], dtype=torch.float64)", x.grad().toString());
        TorchException position = assertThrows(TorchException.class, () -> CustomFunction.record(x.mul(Scalar.of(1L)).detach(),
                "KBackward", new Tensor[] {x, null}, new Tensor[0], this, g -> new Tensor[] {g, g}).sum().backward());
        assertEquals("function KBackward returned a gradient different than None at position 2, but the corresponding "
                + "forward input was not a Variable", position.getMessage());
    }

    @Test
    void graphEventsShowTheNode() throws Exception {
        Tensor x = leaf(1.0, -2.0);
        List<GraphEvent> events = new ArrayList<>();
        try (AutoCloseable subscription = GraphEvents.subscribe(events::add)) {
            cube(x, 1.0, this).sum().backward();
        }
        GraphEvent.NodeCreated created = (GraphEvent.NodeCreated) events.get(0);
        assertEquals("Cube", created.opName());
        assertEquals("CubeBackward", created.gradFnName());
        assertEquals(x.id(), created.inputs().get(0).id());
        List<String> evaluated = new ArrayList<>();
        for (GraphEvent event : events) {
            if (event instanceof GraphEvent.NodeEvaluated e) {
                evaluated.add(e.gradFnName() + " -> " + e.outgoing().get(e.outgoing().size() - 1));
            }
        }
        assertEquals(List.of("SumBackward0 -> tensor([1., 1.], dtype=torch.float64)",
                "CubeBackward -> tensor([ 3., 12.], dtype=torch.float64)"), evaluated);
        assertArrayEquals(new long[] {2}, created.output().shape());
    }
}
