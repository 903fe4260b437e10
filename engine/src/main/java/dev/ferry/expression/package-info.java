/**
 * The expression sandbox: checks analyst-written expressions against Ferry's own small grammar and allow-list
 * ({@link dev.ferry.expression.AllowList}), then has MVEL compile text that Ferry generated from the checked tree,
 * never the analyst's text.
 */
package dev.ferry.expression;
