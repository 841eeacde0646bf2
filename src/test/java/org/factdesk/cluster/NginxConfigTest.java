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
}
