package dev.torchlet.python.modules.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Python-facing clip_grad_norm_/clip_grad_value_ (the numbers themselves are checked against
 * PyTorch by the engine's GradientClippingGoldenTest): argument binding, in-place effect, result.
 */
class GradientClippingFunctionsTest {
    private static PyTensor parameterWithGrad(double... grad) {
        Tensor p = TensorValues.create(new double[grad.length], new long[] {grad.length}, DType.FLOAT32).requiresGrad_(true);
        p.setGrad(TensorValues.create(grad, new long[] {grad.length}, DType.FLOAT32));
        return new PyTensor(p);
    }

    @Test
    void clipGradNormScalesGradientsAndReturnsTheTotalNorm() {
        PyTensor a = parameterWithGrad(3, 0);
        PyTensor b = parameterWithGrad(0, 4);
        PyObject total = GradientClippingFunctions.clipGradNorm().call(List.of(PySequence.list(List.of(a, b)), new PyFloat(1.0)), Map.of());
        assertEquals(5.0, ((PyTensor) total).tensor().itemAsDouble());
        double scale = (float) ((float) (1 / (float) (5 + (float) 1e-6)) * 1.0f);
        assertEquals((float) (3 * scale), a.tensor().grad().doubleAt(0));
        assertEquals((float) (4 * scale), b.tensor().grad().doubleAt(1));
    }

    @Test
    void clipGradValueClampsAndChecksItsArguments() {
        PyTensor a = parameterWithGrad(-3, 0.25, 2);
        GradientClippingFunctions.clipGradValue().call(List.of(a), Map.of("clip_value", new PyFloat(0.5)));
        assertEquals(List.of(-0.5, 0.25, 0.5), List.of(a.tensor().grad().doubleAt(0), a.tensor().grad().doubleAt(1), a.tensor().grad().doubleAt(2)));
        PythonException missing = assertThrows(PythonException.class, () -> GradientClippingFunctions.clipGradValue().call(List.of(a), Map.of()));
        assertEquals("clip_grad_value_() missing 1 required positional argument: 'clip_value'", missing.getMessage());
    }
}
