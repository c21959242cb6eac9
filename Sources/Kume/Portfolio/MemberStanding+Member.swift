import KumeData

extension MemberStanding {
    /// A roster member's standing: coordinator by its `role`, accredited by `accredited`, active by
    /// `active` or, when the roster does not say, by its commitment (``Member/isActive``).
    package init(_ member: Member) {
        self.init(isCoordinator: member.isCoordinator, isAccredited: member.accredited == true, isActive: member.isActive)
    }
}
