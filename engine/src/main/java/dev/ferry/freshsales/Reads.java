package dev.ferry.freshsales;

import com.fasterxml.jackson.databind.JsonNode;

/** The one rule for reads: an answer other than 2xx is an account-level failure, named with the API's words. */
final class Reads {
  private Reads() {}

  static JsonNode require(Transport transport, ApiCall call) {
    ApiResponse response;
    try {
      response = transport.send(call);
    } catch (TransportFailure e) {
      throw new FreshsalesException(FreshsalesException.Problem.UNREACHABLE, e.getMessage(), e);
    }
    if (!response.ok()) {
      throw new FreshsalesException(FreshsalesException.Problem.UNEXPECTED_ANSWER, call.describe() + " at "
          + transport.baseUrl() + " answered " + response.status() + ": " + String.join("; ", response.messages()));
    }
    return response.body();
  }
}
