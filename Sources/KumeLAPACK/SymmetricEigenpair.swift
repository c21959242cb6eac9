internal import CLAPACK

/// One eigenpair of a real symmetric matrix, from LAPACK's `dsyevr` with one eigenvalue selected by index
/// (bisection as in `dstebz`, then inverse iteration as in `dstein`, after a Householder reduction to
/// tridiagonal form), so that a matrix's whole decomposition is never computed for the one vector needed.
public struct SymmetricEigenpair: Sendable {
    /// The eigenvalue.
    public let value: Double
    /// Its unit eigenvector (the sign is LAPACK's, arbitrary).
    public let vector: [Double]

    /// The eigenvalue of the symmetric `n × n` matrix `a` at `index` in ascending order (0 the smallest), and
    /// its unit eigenvector.
    /// - Parameters:
    ///   - a: the matrix, `n * n` values; row- and column-major are the same for a symmetric matrix, and only
    ///     one triangle is read, so an asymmetry in the last bit makes no difference.
    ///   - index: 0 ..< n.
    /// - Throws: ``LAPACKError`` when `dsyevr` reports a failure (a vector that did not converge).
    public init(symmetric a: [Double], n: Int, index: Int) throws(LAPACKError) {
        precondition(n >= 1 && a.count == n * n, "an n × n matrix")
        precondition(index >= 0 && index < n, "an eigenvalue index inside the matrix")
        var matrix = a
        var order = Int32(n), lda = Int32(n), ldz = Int32(n)
        var il = Int32(index + 1), iu = Int32(index + 1)
        var vl = 0.0, vu = 0.0
        // Twice the safe minimum: eigenvalues to full relative accuracy (dsyevr's documentation).
        var abstol = 2 * dlamch_("S", 1)
        var found: Int32 = 0, info: Int32 = 0
        var values = [Double](repeating: 0, count: n)
        var z = [Double](repeating: 0, count: n)
        var support = [Int32](repeating: 0, count: 2)
        // A workspace query first (LWORK = LIWORK = −1), then the call.
        var workSize = 0.0, iworkSize: Int32 = 0, query: Int32 = -1
        dsyevr_("V", "I", "U", &order, &matrix, &lda, &vl, &vu, &il, &iu, &abstol, &found, &values, &z, &ldz,
                &support, &workSize, &query, &iworkSize, &query, &info, 1, 1, 1)
        guard info == 0 else { throw LAPACKError(routine: "dsyevr", info: Int(info)) }
        var lwork = Int32(workSize), liwork = iworkSize
        var work = [Double](repeating: 0, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        dsyevr_("V", "I", "U", &order, &matrix, &lda, &vl, &vu, &il, &iu, &abstol, &found, &values, &z, &ldz,
                &support, &work, &lwork, &iwork, &liwork, &info, 1, 1, 1)
        guard info == 0, found == 1 else { throw LAPACKError(routine: "dsyevr", info: Int(info == 0 ? 1 : info)) }
        value = values[0]
        vector = z
    }
}
