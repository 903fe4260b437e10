package dev.ferry.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * The sandbox's one account: its state, where it is kept, and the seed it resets to. All access goes through
 * {@link #apply}, which holds the account's lock and persists whatever the call changed before returning, so a
 * response is only sent for writes that are on disk.
 */
final class Account implements AutoCloseable {
  private final JsonNode seed;
  private final StateStore store;
  private AccountState state;

  Account(JsonNode seed, StateStore store) {
    this.seed = seed;
    this.store = store;
    this.state = store.load().orElseGet(() -> AccountState.fromJson(seed));
    // Folds any journal left by a crash into a fresh snapshot, so the next crash replays a short journal.
    store.replaceWith(state);
  }

  synchronized <T> T apply(Function<AccountState, T> work) {
    try {
      return work.apply(state);
    } finally {
      store.append(state);
    }
  }

  synchronized void reset() {
    state = AccountState.fromJson(seed);
    store.replaceWith(state);
  }

  synchronized ObjectNode export() {
    return state.toJson();
  }

  @Override
  public synchronized void close() {
    store.replaceWith(state);
    store.close();
  }
}
