package org.factdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The nginx configuration of docs/deploy passes `nginx -t` (through bin/nginx-check) where nginx is installed. */
class NginxConfigTest {

    @Test
    void the_two_node_nginx_configuration_passes_nginx_t() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")) || Files.isExecutable(Path.of("/usr/bin/nginx")),
                "nginx is not installed (apt-get install nginx-light): docs/deploy/nginx-factdesk.conf not checked");
        Process check = new ProcessBuilder("bin/nginx-check").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(said).isZero();
        assertThat(said).contains("test is successful");
    }

    /**
     * Behind nginx on a port other than the scheme's default (bin/cluster's :8080), a node that hears
     * X-Forwarded-Proto without X-Forwarded-Port redirects to the default port: the sign-in's redirect then went to
     * http://localhost/login and the browser never arrived (found running bin/cluster by hand).
     */
    @Test
    void the_proxy_tells_the_nodes_its_port_so_that_their_redirects_come_back_through_it() throws IOException {
        String conf = Files.readString(Path.of("docs", "deploy", "nginx-factdesk.conf"));

        assertThat(conf).contains("proxy_set_header X-Forwarded-Proto $scheme;")
                .contains("proxy_set_header X-Forwarded-Port $server_port;");
    }
}
