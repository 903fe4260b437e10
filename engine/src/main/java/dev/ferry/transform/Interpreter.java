package dev.ferry.transform;

import dev.ferry.coerce.Coercer;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.ObjectPlan;

/**
 * Runs a compiled plan over source records. It holds no records: callers stream each object's records
 * through an {@link ObjectTransformer}, in the plan's order, and decide where outcomes go (a dry run's
 * files, or the destination through the journal).
 */
public final class Interpreter {

  private final ExecutionPlan plan;
  private final Coercer coercer;
  private final TransformContext context;

  public Interpreter(ExecutionPlan plan, TransformContext context) {
    this.plan = plan;
    this.context = context;
    this.coercer = new Coercer(plan.source().zone(), plan.source().dateOrder());
  }

  public ExecutionPlan plan() {
    return plan;
  }

  /** A fresh transformer for one pass over {@code object}'s records (it remembers keys seen in the pass). */
  public ObjectTransformer transformer(ObjectPlan object) {
    return new ObjectTransformer(object, coercer, context, plan.tags(), plan.owners().unmatched());
  }
}
