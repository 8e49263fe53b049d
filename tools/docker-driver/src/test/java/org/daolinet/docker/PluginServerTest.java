/*
 * Copyright 2026-present the DaoliNet for ONOS authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.daolinet.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The plugin's HTTP server on a real unix socket, spoken to as Docker 20.10's plugin client does
 * (HTTP/1.1, an empty Host header, JSON bodies).
 */
public class PluginServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path socket;
    private PluginServer server;
    private FakeRegistry registry;

    @Before
    public void setUp() throws Exception {
        socket = folder.getRoot().toPath().resolve("daolinet.sock");
        // a stale socket file of a driver that died is replaced
        Files.createFile(socket);
        registry = new FakeRegistry();
        NetworkDriver driver = new NetworkDriver("s1", registry, new FakeDocker(),
                                                 new HostNetwork(new FakeHost("br0", "system"), "br0", true),
                                                 new DriverState(folder.newFolder("state").toPath()), null);
        server = new PluginServer(socket, driver);
        server.start();
    }

    @After
    public void tearDown() throws Exception {
        server.close();
        assertFalse("the socket file is removed", Files.exists(socket));
    }

    /** One request as Docker sends it; returns the status line and the body. */
    private String[] post(String path, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: \r\nUser-Agent: Go-http-client/1.1\r\n"
                + "Accept: application/vnd.docker.plugins.v1.2+json\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
            channel.write(ByteBuffer.wrap(content));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (channel.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new String[]{text.substring(0, text.indexOf("\r\n")), text.substring(0, split),
                    text.substring(split + 4)};
        }
    }

    @Test
    public void activatesWithAnEmptyHostHeader() throws IOException {
        String[] answer = post("/Plugin.Activate", "");
        assertEquals("HTTP/1.1 200 OK", answer[0]);
        assertThat(answer[1], containsString("Content-Type: " + PluginServer.PLUGIN_JSON));
        assertEquals("NetworkDriver", MAPPER.readTree(answer[2]).path("Implements").path(0).asText());
    }

    @Test
    public void answersNetworkDriverCalls() throws IOException {
        JsonNode capabilities = MAPPER.readTree(post("/NetworkDriver.GetCapabilities", "{}")[2]);
        assertEquals("local", capabilities.path("Scope").asText());
        String create = "{\"NetworkID\":\"n1\",\"Options\":{\"com.docker.network.generic\":"
                + "{\"daolinet.name\":\"web\"}},\"IPv4Data\":[{\"Pool\":\"10.5.0.0/24\",\"Gateway\":\"10.5.0.1/24\"}],"
                + "\"IPv6Data\":[]}";
        String[] answer = post("/NetworkDriver.CreateNetwork", create);
        assertEquals("HTTP/1.1 200 OK", answer[0]);
        assertEquals("{}", answer[2]);
        assertTrue(registry.networks.containsKey("default/web"));
        assertEquals("{}", post("/NetworkDriver.DiscoverNew", "{\"DiscoveryType\":1}")[2]);
    }

    @Test
    public void refusalsAreErrAnswers() throws IOException {
        String[] answer = post("/NetworkDriver.Join", "{\"NetworkID\":\"n1\",\"EndpointID\":\"e9\"}");
        assertThat(answer[0], startsWith("HTTP/1.1 500"));
        assertEquals("daolinet: unknown endpoint e9", MAPPER.readTree(answer[2]).path("Err").asText());

        answer = post("/NetworkDriver.CreateNetwork", "{not json");
        assertThat(answer[0], startsWith("HTTP/1.1 500"));
        assertThat(MAPPER.readTree(answer[2]).path("Err").asText(), containsString("is not JSON"));

        answer = post("/IpamDriver.RequestPool", "{}");
        assertThat(answer[0], startsWith("HTTP/1.1 404"));
        assertEquals("daolinet: daolinet does not implement /IpamDriver.RequestPool",
                     MAPPER.readTree(answer[2]).path("Err").asText());
    }
}
