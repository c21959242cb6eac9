internal import CLAPACK

/// The LU factors (partial pivoting) of a general square matrix minus a shift, A − μI, from LAPACK's
/// `dgetrf`, and solves with them (`dgetrs`): the step of inverse iteration for the eigenvector of A nearest μ.
public struct LUFactorization: Sendable {
    /// The order n.
    public let order: Int
    /// L and U in LAPACK's column-major layout, of Aᵀ − μI (a row-major A read as column-major).
    private let factors: [Double]
    private let pivots: [Int32]

    /// Factors A − `shift`·I for the row-major `n × n` matrix `a`.
    ///
    /// An exactly singular A − μI (μ an eigenvalue to the last bit) has a zero pivot, which is replaced by
    /// 10⁻³⁰⁰ so that a solve grows along the eigenvector instead of dividing by zero: what inverse iteration
    /// wants of it.
    /// - Throws: ``LAPACKError`` for an illegal argument (never for a singular matrix).
    public init(_ a: [Double], n: Int, shift: Double) throws(LAPACKError) {
        precondition(n >= 1 && a.count == n * n, "an n × n matrix")
        var lu = a
        for i in 0..<n { lu[i * n + i] -= shift }
        var rows = Int32(n), columns = Int32(n), lda = Int32(n), info: Int32 = 0
        var pivots = [Int32](repeating: 0, count: n)
        dgetrf_(&rows, &columns, &lu, &lda, &pivots, &info)
        guard info >= 0 else { throw LAPACKError(routine: "dgetrf", info: Int(info)) }
        if info > 0 { for i in 0..<n where lu[i * n + i] == 0 { lu[i * n + i] = 1e-300 } }
        order = n
        factors = lu
        self.pivots = pivots
    }

    /// x with (A − μI) x = `b`.
    public func solve(_ b: [Double]) -> [Double] {
        precondition(b.count == order, "a right-hand side of the matrix's order")
        var x = b
        var n = Int32(order), lda = Int32(order), ldb = Int32(order), one: Int32 = 1, info: Int32 = 0
        var pivots = self.pivots
        factors.withUnsafeBufferPointer { factors in
            // The factors are of Aᵀ − μI, so the transposed solve gives (A − μI) x = b.
            dgetrs_("T", &n, &one, factors.baseAddress!, &lda, &pivots, &x, &ldb, &info, 1)
        }
        precondition(info == 0, "dgetrs rejected an argument (INFO = \(info))")
        return x
    }
}
