package fr.passerelle.sandbox.erp;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /entity}: the build version and the endpoints; custom ones only to a signed-in caller. */
final class EndpointList {

    private EndpointList() {
    }

    static String json(boolean signedIn, String version, String mount) {
        ObjectNode root = Wire.object();
        ObjectNode build = root.putObject("version");
        build.put("acumaticaBuildVersion", "24.211.0012");
        build.put("databaseVersion", "24.211.0012");
        ArrayNode endpoints = root.putArray("endpoints");
        for (String name : signedIn ? new String[] {"Default", "AtooSync", "Passerelle"} : new String[] {"Default"}) {
            ObjectNode endpoint = endpoints.addObject();
            endpoint.put("name", name);
            endpoint.put("version", version);
            endpoint.put("href", mount + "/entity/" + name + "/" + version + "/");
        }
        return root.toString();
    }
}
