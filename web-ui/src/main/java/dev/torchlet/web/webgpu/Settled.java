package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** A promise's outcome as a value: {@code error} is null when it fulfilled (see {@link Promises}). */
public interface Settled extends JSObject {
    /** The fulfilled value (null for null or undefined). */
    @JSProperty
    JSObject getValue();

    /** Why it rejected, or null. */
    @JSProperty
    String getError();
}
