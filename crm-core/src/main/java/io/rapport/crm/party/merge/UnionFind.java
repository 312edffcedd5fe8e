package io.rapport.crm.party.merge;

/** Disjoint sets over 0..n-1 with path halving and union by size. Not thread-safe. */
final class UnionFind {
  private final int[] parent;
  private final int[] size;

  UnionFind(int count) {
    parent = new int[count];
    size = new int[count];
    for (int i = 0; i < count; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int element) {
    int current = element;
    while (parent[current] != current) {
      parent[current] = parent[parent[current]];
      current = parent[current];
    }
    return current;
  }

  void union(int left, int right) {
    int a = find(left);
    int b = find(right);
    if (a == b) {
      return;
    }
    if (size[a] < size[b]) {
      int swap = a;
      a = b;
      b = swap;
    }
    parent[b] = a;
    size[a] += size[b];
  }
}
