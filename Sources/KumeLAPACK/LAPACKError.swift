/// A LAPACK routine that returned a non-zero `INFO`.
///
/// A negative `info` names an illegal argument (a defect in kume's call); a positive one is the routine's own
/// failure, for the eigen-solvers an eigenvector that did not converge.
public struct LAPACKError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The routine, as LAPACK names it (`"dsyevr"`).
    public let routine: String
    /// The `INFO` it returned.
    public let info: Int

    /// `dsyevr returned INFO = 2: …`, one line.
    public var description: String {
        let meaning = info < 0 ? "argument \(-info) was illegal" : "the computation did not converge"
        return "LAPACK's \(routine) returned INFO = \(info): \(meaning)"
    }
}
