#!/usr/bin/env python3
"""Reference HDBSCAN labels and probabilities from the `hdbscan` package, for kume's tests.

Set up once (the folder is ignored by git):
    python3 -m venv .venv-ref && .venv-ref/bin/pip install hdbscan numpy scikit-learn
Run from the repository root:
    .venv-ref/bin/python scripts/reference/py_hdbscan.py

Writes Tests/Fixtures/hdbscan/:
  - hdbscan_blobs2000_points.csv: 2,000 seeded points (numpy default_rng(7)): 6 Gaussian blobs of
    150-400 points (sd 1.0-3.5) plus 500 uniform points on [0,120] x [0,80]; 17 significant digits.
  - hdbscan_<dataset>_labels.csv: per point and setting, the label (-1 noise) and probability of
    hdbscan.HDBSCAN(min_cluster_size, min_samples, approx_min_span_tree=False) -- the Boruvka kd-tree
    algorithm that 'best' picks for 2-D data, made to return the exact minimum spanning tree, with the
    other defaults (cluster_selection_method 'eom', allow_single_cluster False) -- and, as `default_*`,
    the label of the package's plain default, whose approximate spanning tree (approx_min_span_tree=True)
    is not always minimal.
  - hdbscan_summary.csv: clusters and noise per run; the total weight of the exact run's minimum spanning
    tree of mutual-reachability distances (gen_min_span_tree=True); how many points' canonical labels
    (clusters renumbered by smallest member index) differ between the exact run and the default run or
    the generic (dense-matrix Prim) algorithm, and the adjusted Rand index of the generic run against
    the exact one. Mutual-reachability distances tie often (an edge's weight is usually a core
    distance), and the package's algorithms resolve such ties differently.
  - hdbscan_single400_points.csv: 400 seeded points (numpy default_rng(11)): one Gaussian blob of 300
    points (sd 2.5) at (50, 40) plus 100 uniform points on [0,100] x [0,80] -- a sector whose firms form
    one group with scattered firms around it.
  - hdbscan_<dataset>_allow_single.csv: per point and setting, the label and probability of the exact run
    with allow_single_cluster=True (`single_*`) and False (`label_*`, `prob_*`), for single400 and for
    blobs2000 (where the root is less stable than its children, so both agree).
The `dbscan2000` dataset is the shared scikit-learn DBSCAN fixture's points (Fixtures/dbscan/).
"""
import csv
import os
import sys

import hdbscan
import numpy as np
from sklearn.metrics import adjusted_rand_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "hdbscan")
DBSCAN_POINTS = os.path.join(ROOT, "Tests", "Fixtures", "dbscan", "py_dbscan_points_labels.csv")

SETTINGS = {
    "dbscan2000": [(15, None), (30, 5), (10, 20)],
    "blobs2000": [(25, None), (50, 10), (8, None)],
}


def blobs2000():
    rng = np.random.default_rng(7)
    sizes = [400, 300, 250, 200, 200, 150]
    sds = [3.5, 1.0, 2.0, 1.5, 3.0, 1.2]
    centres = rng.uniform([10, 10], [110, 70], size=(len(sizes), 2))
    parts = [rng.normal(c, sd, size=(n, 2)) for c, sd, n in zip(centres, sds, sizes)]
    parts.append(rng.uniform([0, 0], [120, 80], size=(500, 2)))
    return np.vstack(parts)


SINGLE_SETTINGS = {
    "single400": [(25, None), (40, 10)],
    "blobs2000": [(25, None)],
}


def single400():
    rng = np.random.default_rng(11)
    blob = rng.normal([50, 40], 2.5, size=(300, 2))
    scatter = rng.uniform([0, 0], [100, 80], size=(100, 2))
    return np.vstack([blob, scatter])


def write_allow_single(datasets):
    """Labels and probabilities with and without allow_single_cluster, one file per dataset."""
    for name, settings in SINGLE_SETTINGS.items():
        X = datasets[name]
        columns = {}
        for mcs, ms in settings:
            tag = "mcs%d_ms%s" % (mcs, "default" if ms is None else ms)
            for allow, prefix in ((False, ""), (True, "single_")):
                run = hdbscan.HDBSCAN(min_cluster_size=mcs, min_samples=ms, approx_min_span_tree=False,
                                      allow_single_cluster=allow).fit(X)
                columns[prefix + "label_" + tag] = run.labels_
                columns[prefix + "prob_" + tag] = run.probabilities_
        with open(os.path.join(OUT, "hdbscan_%s_allow_single.csv" % name), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["point_index"] + list(columns))
            for i in range(X.shape[0]):
                w.writerow([i] + [
                    ("%.17g" % columns[c][i]) if "prob_" in c else int(columns[c][i]) for c in columns
                ])


def dbscan2000():
    data = np.loadtxt(DBSCAN_POINTS, delimiter=",", skiprows=1, usecols=(1, 2))
    return data


def canonical(labels):
    """Relabels clusters by their smallest member index (noise stays -1)."""
    mapping = {}
    out = []
    for label in labels:
        if label < 0:
            out.append(-1)
            continue
        if label not in mapping:
            mapping[label] = len(mapping)
        out.append(mapping[label])
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    datasets = {"dbscan2000": dbscan2000(), "blobs2000": blobs2000(), "single400": single400()}
    for name in ("blobs2000", "single400"):
        with open(os.path.join(OUT, "hdbscan_%s_points.csv" % name), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["point_index", "x", "y"])
            for i, (x, y) in enumerate(datasets[name]):
                w.writerow([i, "%.17g" % x, "%.17g" % y])
    write_allow_single(datasets)
    summary = []
    for name, X in datasets.items():
        if name not in SETTINGS:
            continue
        columns = {}
        for mcs, ms in SETTINGS[name]:
            tag = "mcs%d_ms%s" % (mcs, "default" if ms is None else ms)
            default = hdbscan.HDBSCAN(min_cluster_size=mcs, min_samples=ms).fit(X)
            exact = hdbscan.HDBSCAN(min_cluster_size=mcs, min_samples=ms, approx_min_span_tree=False,
                                    gen_min_span_tree=True).fit(X)
            generic = hdbscan.HDBSCAN(min_cluster_size=mcs, min_samples=ms, algorithm="generic").fit(X)
            columns["label_" + tag] = exact.labels_
            columns["prob_" + tag] = exact.probabilities_
            columns["default_label_" + tag] = default.labels_
            reference = canonical(exact.labels_)
            summary.append([
                name, mcs, "" if ms is None else ms,
                int(exact.labels_.max() + 1), int((exact.labels_ < 0).sum()),
                sum(a != b for a, b in zip(reference, canonical(default.labels_))),
                sum(a != b for a, b in zip(reference, canonical(generic.labels_))),
                "%.17g" % exact.minimum_spanning_tree_.to_numpy()[:, 2].sum(),
                "%.6f" % adjusted_rand_score(exact.labels_, generic.labels_),
            ])
        with open(os.path.join(OUT, "hdbscan_%s_labels.csv" % name), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["point_index"] + list(columns))
            for i in range(X.shape[0]):
                w.writerow([i] + [
                    ("%.17g" % columns[c][i]) if c.startswith("prob_") else int(columns[c][i])
                    for c in columns
                ])
    with open(os.path.join(OUT, "hdbscan_summary.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["dataset", "min_cluster_size", "min_samples", "n_clusters", "n_noise",
                    "points_differing_default", "points_differing_generic",
                    "mst_weight_sum", "ari_generic"])
        w.writerows(summary)
    with open(os.path.join(OUT, "versions.txt"), "w") as f:
        f.write("python %s\nnumpy %s\nhdbscan %s\n" % (
            sys.version.split()[0], np.__version__, getattr(hdbscan, "__version__", "0.8.44")))


if __name__ == "__main__":
    main()
