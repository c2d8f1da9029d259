import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal blocking HTTP/1.1 client for the load generators: one kept-alive connection, one thread, one request
 * written in a single write and its answer read into a reused buffer (Content-Length or chunked bodies).
 *
 * Why not java.net.http: on the 2 cores the suite shares with its load generator, HttpClient cost 1.4-2.6 ms of
 * CPU per request (its selector thread, futures and per-request objects, session 4's CPU split), as much as
 * intake's own work per dossier, while pgbench's client, the database limit it is compared with, is a few
 * microseconds of C. A load generator should take as little of the machine as it can; this one takes a write
 * and a read system call per request. Not thread-safe: one per thread.
 */
final class PlainHttp implements AutoCloseable {
    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMs;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] buf = new byte[16 * 1024];
    private int start;
    private int end;

    PlainHttp(String baseUrl, int timeoutMs) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.timeoutMs = timeoutMs;
    }

    Response get(String path, String token) throws IOException {
        return send("GET", path, token, null, null);
    }

    Response postJson(String path, String token, String idempotencyKey, String json) throws IOException {
        return send("POST", path, token, idempotencyKey, json);
    }

    /** One request and its answer; on any I/O error the connection is dropped and the next call opens another. */
    Response send(String method, String path, String token, String idempotencyKey, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append("\r\nAccept: application/json\r\nAuthorization: Bearer ").append(token).append("\r\n");
        if (idempotencyKey != null) {
            head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        try {
            connect();
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMs);
        socket.connect(new InetSocketAddress(host, port), timeoutMs);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        start = end = 0;
    }

    private Response readResponse() throws IOException {
        int headerEnd;
        while ((headerEnd = indexOf("\r\n\r\n")) < 0) {
            fill();
        }
        String headers = new String(buf, start, headerEnd - start, StandardCharsets.ISO_8859_1);
        start = headerEnd + 4;
        int status = Integer.parseInt(headers.substring(9, 12));
        String lower = headers.toLowerCase(java.util.Locale.ROOT);
        String body;
        if (lower.contains("\ntransfer-encoding: chunked")) {
            body = readChunked();
        } else {
            int length = contentLength(lower);
            ensure(length);
            body = new String(buf, start, length, StandardCharsets.UTF_8);
            start += length;
        }
        if (lower.contains("\nconnection: close")) {
            close();
        }
        return new Response(status, body);
    }

    private String readChunked() throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        while (true) {
            int lineEnd;
            while ((lineEnd = indexOf("\r\n")) < 0) {
                fill();
            }
            String sizeLine = new String(buf, start, lineEnd - start, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
            start = lineEnd + 2;
            ensure(size + 2);
            body.write(buf, start, size);
            start += size + 2;
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private static int contentLength(String lowerHeaders) {
        int i = lowerHeaders.indexOf("\ncontent-length:");
        if (i < 0) {
            return 0;
        }
        int from = i + "\ncontent-length:".length();
        int to = lowerHeaders.indexOf('\r', from);
        return Integer.parseInt(lowerHeaders.substring(from, to < 0 ? lowerHeaders.length() : to).trim());
    }

    /** At least n unread bytes in the buffer. */
    private void ensure(int n) throws IOException {
        while (end - start < n) {
            fill();
        }
    }

    /** Reads more bytes, compacting the buffer first and growing it when it is full. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            throw new IOException("connection closed by the server");
        }
        end += n;
    }

    private int indexOf(String ascii) {
        outer:
        for (int i = start; i <= end - ascii.length(); i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (buf[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
        socket = null;
    }
}
