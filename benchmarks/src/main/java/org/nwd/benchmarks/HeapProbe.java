package org.nwd.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of a benchmark above the inputs it holds, measured over the measurement iterations of a
 * fork and reported through {@link Facts} when the trial ends.
 *
 * <p>Before each iteration the heap is collected and its use taken as the baseline (the inputs: the
 * records or the JSON bytes), and the pools' peak usage is reset. Two figures come out, both minus the
 * baseline:
 *
 * <ul>
 *   <li>{@code live}: the most heap in use just after any collection during the iteration, that is
 *       what the work itself was holding (zero when the iteration needed no collection);
 *   <li>{@code peak}: the sum of the heap pools' peak usage, an upper bound that also counts garbage
 *       not yet collected, so it mostly shows how large the collector let the young generation grow.
 * </ul>
 */
final class HeapProbe {
  private static final AtomicLong maxAfterGc = new AtomicLong();
  private static final Set<String> HEAP_POOLS =
      heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private static volatile boolean listening;
  private long baseline;
  private long maxLive;
  private long maxPeak;

  HeapProbe() {
    listen();
  }

  private static synchronized void listen() {
    if (listening) {
      return;
    }
    listening = true;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        ((NotificationEmitter) gc)
            .addNotificationListener(
                (n, handback) -> {
                  if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                      n.getType())) {
                    return;
                  }
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                  long used = 0;
                  for (Map.Entry<String, MemoryUsage> e :
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(e.getKey())) {
                      used += e.getValue().getUsed();
                    }
                  }
                  maxAfterGc.accumulateAndGet(used, Math::max);
                },
                null,
                null);
      }
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .collect(Collectors.toList());
  }

  /** Call before an iteration: collects, takes the baseline and resets the peaks. */
  void beforeIteration() {
    System.gc();
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean p : heapPools()) {
      used += p.getUsage().getUsed();
      p.resetPeakUsage();
    }
    baseline = used;
    maxAfterGc.set(0);
  }

  /** Call after an iteration: folds the iteration's figures into the fork's maxima. */
  void afterIteration() {
    long peak = 0;
    for (MemoryPoolMXBean p : heapPools()) {
      peak += p.getPeakUsage().getUsed();
    }
    maxPeak = Math.max(maxPeak, peak - baseline);
    long live = maxAfterGc.get();
    if (live > 0) {
      maxLive = Math.max(maxLive, live - baseline);
    }
  }

  /**
   * Call when the trial ends: reports {@code heap.live.KEY}, {@code heap.peak.KEY} and the inputs'
   * heap {@code heap.inputs.KEY}, in bytes.
   */
  void report(String key) {
    Facts.put("heap.live." + key, Math.max(0, maxLive));
    Facts.put("heap.peak." + key, Math.max(0, maxPeak));
    Facts.put("heap.inputs." + key, baseline);
  }
}
