package org.wearetogether.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of {@link FakeTelegram}: Netty on 127.0.0.1 with keep-alive, no thread per request. Parses
 * {@code /bot{TOKEN}/{method}} with JSON, form or query parameters and writes Bot API envelopes.
 */
final class FakeTelegramServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The Bot API behind the HTTP layer. */
    interface Api {
        /** Answers the call now or later through {@code reply}. */
        void handle(String method, ObjectNode params, Reply reply);
    }

    /** A way back to the client of one request; thread-safe, one answer per request. */
    interface Reply {
        void ok(JsonNode result);

        default void error(int code, String description, Integer retryAfter) {
            error(code, description, retryAfter, null);
        }

        /** An error with Telegram's {@code parameters} ({@code retry_after}, {@code migrate_to_chat_id}; null: none). */
        void error(int code, String description, Integer retryAfter, Long migrateToChatId);

        /** Delays the answer without holding a thread. */
        void after(long millis, Runnable answer);

        /** Closes the connection without an answer. */
        void drop();
    }

    private final EventLoopGroup group;
    private final Channel channel;
    private final String token;

    FakeTelegramServer(String token, Api api) {
        this.token = token;
        this.group = new MultiThreadIoEventLoopGroup(
                2, new DefaultThreadFactory("fake-telegram", true), NioIoHandler.newFactory());
        ChannelHandler handler = new Handler(api);
        try {
            this.channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new HttpServerCodec())
                                    .addLast(new HttpObjectAggregator(16 * 1024 * 1024))
                                    .addLast(handler);
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0))
                    .sync()
                    .channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @ChannelHandler.Sharable
    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {

        private final Api api;

        Handler(Api api) {
            this.api = api;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            var decoder = new QueryStringDecoder(request.uri());
            String[] parts = decoder.path().split("/");
            var reply = new HttpReply(ctx, keepAlive);
            if (parts.length != 3 || !parts[1].equals("bot" + token)) {
                reply.error(parts.length == 3 && parts[1].startsWith("bot") ? 401 : 404, "Not Found", null);
                return;
            }
            ObjectNode params;
            try {
                params = params(decoder, request);
            } catch (IOException e) {
                reply.error(400, "Bad Request: can't parse parameters", null);
                return;
            }
            api.handle(parts[2].toLowerCase(java.util.Locale.ROOT), params, reply);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** The suffix of the parameter that holds an uploaded file's bytes, e.g. {@code document#bytes}. */
    static final String BYTES = "#bytes";

    private static ObjectNode params(QueryStringDecoder query, FullHttpRequest request) throws IOException {
        ObjectNode params = JSON.createObjectNode();
        addAll(params, query.parameters());
        String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE, "");
        if (type.startsWith("multipart/form-data")) {
            addMultipart(params, request);
            return params;
        }
        String body = request.content().toString(StandardCharsets.UTF_8).strip();
        if (body.startsWith("{")) {
            params.setAll((ObjectNode) JSON.readTree(body));
        } else if (!body.isEmpty()) {
            addAll(params, new QueryStringDecoder(body, StandardCharsets.UTF_8, false).parameters());
        }
        return params;
    }

    /**
     * Form fields (sendPhoto, sendDocument and other uploads); a file part is kept as its file name, and its bytes
     * under the part's name with {@link #BYTES} appended.
     */
    private static void addMultipart(ObjectNode params, FullHttpRequest request) throws IOException {
        var decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), request);
        try {
            for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
                if (data instanceof Attribute attribute) {
                    String value = attribute.getValue();
                    boolean json = value.startsWith("{") || value.startsWith("[");
                    params.set(attribute.getName(), json ? JSON.readTree(value) : params.textNode(value));
                } else if (data instanceof FileUpload file) {
                    params.put(file.getName(), file.getFilename());
                    params.put(file.getName() + BYTES, file.get());
                }
            }
        } finally {
            decoder.destroy();
        }
    }

    private static void addAll(ObjectNode params, Map<String, List<String>> values) throws IOException {
        for (var entry : values.entrySet()) {
            String value = entry.getValue().get(0);
            boolean json = value.startsWith("{") || value.startsWith("[");
            params.set(entry.getKey(), json ? JSON.readTree(value) : params.textNode(value));
        }
    }

    private static final class HttpReply implements Reply {

        private final ChannelHandlerContext ctx;
        private final boolean keepAlive;

        HttpReply(ChannelHandlerContext ctx, boolean keepAlive) {
            this.ctx = ctx;
            this.keepAlive = keepAlive;
        }

        @Override
        public void ok(JsonNode result) {
            ObjectNode body = JSON.createObjectNode().put("ok", true);
            body.set("result", result);
            write(HttpResponseStatus.OK, body);
        }

        @Override
        public void error(int code, String description, Integer retryAfter, Long migrateToChatId) {
            ObjectNode body = JSON.createObjectNode()
                    .put("ok", false)
                    .put("error_code", code)
                    .put("description", description);
            if (retryAfter != null) {
                body.putObject("parameters").put("retry_after", retryAfter);
            }
            if (migrateToChatId != null) {
                body.putObject("parameters").put("migrate_to_chat_id", migrateToChatId);
            }
            write(HttpResponseStatus.valueOf(code), body);
        }

        @Override
        public void after(long millis, Runnable answer) {
            ctx.executor().schedule(answer, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void drop() {
            ctx.close();
        }

        private void write(HttpResponseStatus status, ObjectNode body) {
            byte[] bytes;
            try {
                bytes = JSON.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            FullHttpResponse response =
                    new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
            if (keepAlive) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
                ctx.writeAndFlush(response);
            } else {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }
    }
}
