package dev.torchlet.engine.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backward engine's own guarantees (PyTorch's behaviour is checked by the conformance programs and goldens). */
class BackwardEngineTest {
    @Test
    void aLongChainNeedsNoRecursion() {
        Tensor x = Torch.ones(1).requiresGrad_(true);
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) {
            y = y.add(Scalar.of(1L));
        }
        y.sum().backward();
        assertEquals("tensor([1.])", x.grad().toString());
    }

    @Test
    void hooksSeeAndReplaceGradientsAndCanBeRemoved() {
        Tensor x = Torch.ones(2).requiresGrad_(true);
        List<String> seen = new ArrayList<>();
        GradientHook.Handle handle = x.registerHook(g -> {
            seen.add(g.toString());
            return g.mul(Scalar.of(10L));
        });
        x.mul(Scalar.of(3L)).sum().backward();
        assertEquals(List.of("tensor([3., 3.])"), seen);
        assertEquals("tensor([30., 30.])", x.grad().toString());
        handle.remove();
        x.setGrad(null);
        x.mul(Scalar.of(3L)).sum().backward();
        assertEquals("tensor([3., 3.])", x.grad().toString());
    }

    @Test
    void autogradGradLeavesDotGradAlone() {
        Tensor x = Torch.ones(2).requiresGrad_(true);
        Tensor unused = Torch.ones(1).requiresGrad_(true);
        Tensor y = x.mul(x).sum();
        Tensor[] grads = Backward.grad(new Tensor[] {y}, new Tensor[] {x, unused}, null, true, false, true);
        assertEquals("tensor([2., 2.])", grads[0].toString());
        assertNull(grads[1]);
        assertNull(x.grad());
        TorchException e = assertThrows(TorchException.class,
                () -> Backward.grad(new Tensor[] {y}, new Tensor[] {unused}, null, true, false, false));
        assertEquals("One of the differentiated Tensors appears to not have been used in the graph. "
                + "Set allow_unused=True if this is the desired behavior.", e.getMessage());
    }

    @Test
    void savedTensorsModifiedInPlaceAreRefused() {
        Tensor x = Torch.ones(3).requiresGrad_(true);
        Tensor y = x.unary(dev.torchlet.engine.UnaryOp.EXP);
        Tensor z = y.mul(Scalar.of(2L));
        y.fill_(Scalar.of(0L));
        TorchException e = assertThrows(TorchException.class, () -> z.sum().backward());
        assertEquals("one of the variables needed for gradient computation has been modified by an inplace operation: "
                + "[torch.FloatTensor [3]], which is output 0 of ExpBackward0, is at version 1; expected version 0 instead. "
                + "Hint: enable anomaly detection to find the operation that failed to compute its gradient, with "
                + "torch.autograd.set_detect_anomaly(True).", e.getMessage());
    }
}
