package dev.torchlet.python.modules.progress;

import dev.torchlet.python.runtime.JsonText;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import java.util.Map;

/**
 * The Java side of {@code tqdm}: hands each state of a progress bar to the host as JSON, with a
 * text rendition (tqdm's {@code desc: 40%|████      | 2/5, loss=0.5}) for hosts that draw text.
 */
public final class ProgressNatives {
    /** The MIME type of a progress bar's state handed to the host. */
    public static final String PROGRESS_TYPE = "application/vnd.torchlet.progress+json";

    private ProgressNatives() {
    }

    public static Map<String, PyObject> create(OutputStreams out) {
        return Map.of("_show", new NativeFunction("_show", (args, kwargs) -> {
            // _show(id, n, total, desc, postfix, unit, closed, leave)
            long n = ((PyInt) args.get(1)).value();
            Long total = args.get(2) == PyNone.NONE ? null : ((PyInt) args.get(2)).value();
            String desc = args.get(3) == PyNone.NONE ? null : args.get(3).str();
            String postfix = args.get(4) == PyNone.NONE ? null : args.get(4).str();
            String unit = args.get(5).str();
            String json = "{\"id\":" + ((PyInt) args.get(0)).value() + ",\"n\":" + n + ",\"total\":" + (total == null ? "null" : total)
                    + ",\"desc\":" + JsonText.string(desc) + ",\"postfix\":" + JsonText.string(postfix) + ",\"closed\":"
                    + args.get(6).isTruthy() + ",\"leave\":" + args.get(7).isTruthy() + ",\"text\":"
                    + JsonText.string(text(n, total, desc, postfix, unit)) + "}";
            out.display(PROGRESS_TYPE, json);
            return PyNone.NONE;
        }));
    }

    /** tqdm's line: {@code desc: 40%|████      | 2/5, postfix}, or {@code desc: 7it, postfix} without a total. */
    static String text(long n, Long total, String desc, String postfix, String unit) {
        StringBuilder line = new StringBuilder(desc == null || desc.isEmpty() ? "" : desc + ": ");
        if (total != null && total > 0) {
            long percent = Math.min(100, n * 100 / total);
            int filled = (int) Math.min(BAR_WIDTH, n * BAR_WIDTH / total);
            line.append(percent < 10 ? "  " : percent < 100 ? " " : "").append(percent).append("%|")
                    .append("█".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("| ").append(n).append('/').append(total);
        } else {
            line.append(n).append(unit);
        }
        if (postfix != null && !postfix.isEmpty()) {
            line.append(", ").append(postfix);
        }
        return line.toString();
    }

    private static final int BAR_WIDTH = 10;
}
