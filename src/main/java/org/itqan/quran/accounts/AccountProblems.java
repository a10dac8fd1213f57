package org.itqan.quran.accounts;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;

final class AccountProblems {

    private AccountProblems() {
    }

    static ApiProblem invalid(String field, Message detail) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER, detail).with("parameter", field);
    }

    static ApiProblem emailTaken() {
        // Deliberately the same status as other conflicts; it does not say whether the address belongs to someone
        // locked out or deleted.
        return ApiProblem.of(HttpStatus.CONFLICT, ProblemType.CONFLICT, Message.of("detail.account.email-taken"));
    }

    static ApiProblem notFound() {
        return ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, Message.of("detail.account.not-found"));
    }
}
