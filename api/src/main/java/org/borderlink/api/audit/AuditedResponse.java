package org.borderlink.api.audit;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Holds back every byte of an answer until its audit event is on disk: the first write, flush, error or redirect
 * records the event; if that fails, nothing of the answer ever passes and the request fails instead. This is what
 * makes "no answer without an audit event" hold for every kind of response — JSON bodies, streamed exports, errors
 * written by exception handlers.
 */
final class AuditedResponse extends HttpServletResponseWrapper {

    private final RequestAudit audit;
    private boolean released;
    private boolean blocked;
    private @Nullable ServletOutputStream out;
    private @Nullable PrintWriter writer;

    AuditedResponse(HttpServletResponse response, RequestAudit audit) {
        super(response);
        this.audit = audit;
    }

    boolean blocked() {
        return blocked;
    }

    boolean released() {
        return released;
    }

    private void release(int status) {
        if (released) return;
        if (blocked) throw new AuditUnavailableException("the audit trail refused this request's event", null);
        try {
            audit.record(status);
            released = true;
        } catch (RuntimeException e) {
            blocked = true;
            throw e instanceof AuditUnavailableException a
                    ? a
                    : new AuditUnavailableException("cannot write the audit event", e);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) out = new GuardedStream(super.getOutputStream());
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) writer = new PrintWriter(new GuardedWriter(super.getWriter()));
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        release(getStatus());
        super.flushBuffer();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        release(sc);
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        release(sc);
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        release(HttpServletResponse.SC_FOUND);
        super.sendRedirect(location);
    }

    private final class GuardedStream extends ServletOutputStream {
        private final ServletOutputStream delegate;

        GuardedStream(ServletOutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            release(getStatus());
            delegate.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            release(getStatus());
            delegate.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            release(getStatus());
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            release(getStatus());
            delegate.close();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener);
        }
    }

    private final class GuardedWriter extends Writer {
        private final PrintWriter delegate;

        GuardedWriter(PrintWriter delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            release(getStatus());
            delegate.write(chars, off, len);
        }

        @Override
        public void flush() {
            release(getStatus());
            delegate.flush();
        }

        @Override
        public void close() {
            release(getStatus());
            delegate.close();
        }
    }
}
