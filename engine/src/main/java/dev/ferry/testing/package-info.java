/**
 * Mapping tests analysts own: {@code *.test.yaml} files beside a map give source rows and the payload,
 * route or rejection they must produce, so a pull request that changes a map's behaviour fails CI.
 */
package dev.ferry.testing;
