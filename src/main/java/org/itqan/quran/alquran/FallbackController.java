package org.itqan.quran.alquran;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every /v1 request no other mapping takes: an unknown path, or a method other than GET on a known one. Spring would
 * answer those before any /v1 controller is chosen, with the v4 problem+json shape; matching them here keeps
 * AlQuran Cloud's envelope on the whole /v1 tree.
 */
@Hidden
@RestController
class FallbackController {

    @RequestMapping({"/v1", "/v1/**"})
    ResponseEntity<Object> fallback(HttpServletRequest request) {
        var method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return AlQuranErrors.error(HttpStatus.METHOD_NOT_ALLOWED, "The /v1 API only answers GET requests.");
        }
        return AlQuranErrors.error(HttpStatus.NOT_FOUND,
                "Not found: no /v1 endpoint at this path. See /v3/api-docs for the /v1 endpoints.");
    }
}
