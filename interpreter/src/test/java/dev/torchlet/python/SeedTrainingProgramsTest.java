package dev.torchlet.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.modules.vision.ClasspathDatasetFiles;
import dev.torchlet.python.runtime.OutputStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seed tutorials' training programs, on the real datasets (issue #6). About two minutes on two cores. */
class SeedTrainingProgramsTest {
    /** The MNIST CNN trains one epoch and reaches the 97%+ test accuracy the seed reports. */
    @Test
    void theSeedsCnnLearnsMnist() throws IOException {
        String out = run("seed_mnist_cnn.py");
        Matcher accuracy = Pattern.compile("test accuracy: ([0-9.]+)").matcher(out);
        assertTrue(accuracy.find(), out);
        assertTrue(Double.parseDouble(accuracy.group(1)) >= 0.97, out);
    }

    /**
     * Softmax regression and the MLP train one epoch each on Fashion-MNIST and print losses and
     * accuracies digit for digit as real PyTorch does (the .out golden, generate_torchvision_goldens.py).
     */
    @Test
    void theSeedsFashionMnistClassifiersTrainAsInPyTorch() throws IOException {
        assertEquals(resource("seed_fashion_mnist_classifiers.out"), run("seed_fashion_mnist_classifiers.py"));
    }

    private static String run(String program) throws IOException {
        ClasspathDatasetFiles.install();
        StringBuilder out = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append));
        python.registerModule("torch", TorchModule::create);
        assertNull(python.run(resource(program), program), out::toString);
        System.out.print(out);
        return out.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedTrainingProgramsTest.class.getResourceAsStream("/programs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
