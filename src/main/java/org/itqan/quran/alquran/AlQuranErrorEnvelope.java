package org.itqan.quran.alquran;

import org.itqan.quran.shared.ErrorEnvelope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/** Keeps AlQuran Cloud's envelope on /v1 requests the container rejects before any controller runs. */
@Component
class AlQuranErrorEnvelope implements ErrorEnvelope {

    private final ObjectMapper json;

    AlQuranErrorEnvelope(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean owns(String path) {
        return path.equals("/v1") || path.startsWith("/v1/");
    }

    @Override
    public String body(HttpStatus status, String message) {
        return json.writeValueAsString(AlQuranResponses.envelope(status.value(), status.getReasonPhrase(), message));
    }
}
