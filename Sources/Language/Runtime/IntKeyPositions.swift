/// Where each Int key of a `ValueDictionary` sits in its entries: an open-addressing table,
/// probed linearly, whose hash is one multiplication (Fibonacci hashing) of the key folded onto
/// itself. Swift's `Dictionary<Int, Int>` hashes every key with seeded SipHash, which is most of
/// the work of `counts[key, default: 0] += 1`; the language's dictionaries need no seeded hash,
/// since their order is the order of insertion, not of the table.
struct IntKeyPositions {
    private struct Bucket {
        var key: Int
        /// The entry's position; negative for an empty bucket.
        var position: Int
    }

    /// A power of two in size (or empty), at most half full.
    private var buckets: [Bucket] = []
    /// 64 minus the base-2 logarithm of the number of buckets: the hash's top bits pick a bucket.
    private var shift: UInt64 = 64
    private var count = 0

    init() {}

    /// The position of `key`, or nil when it is absent.
    @inline(__always)
    func position(of key: Int) -> Int? {
        guard !buckets.isEmpty else { return nil }
        let mask = buckets.count - 1
        var index = bucket(of: key)
        while true {
            let bucket = buckets[index]
            if bucket.position < 0 { return nil }
            if bucket.key == key { return bucket.position }
            index = (index + 1) & mask
        }
    }

    /// Records `key` (which must be absent) at `position`.
    mutating func insert(_ key: Int, at position: Int) {
        if (count + 1) * 2 > buckets.count { grow() }
        place(key, position)
        count += 1
    }

    private mutating func grow() {
        let old = buckets
        let size = max(8, buckets.count * 2)
        buckets = Array(repeating: Bucket(key: 0, position: -1), count: size)
        shift = 64 - UInt64(size.trailingZeroBitCount)
        for bucket in old where bucket.position >= 0 { place(bucket.key, bucket.position) }
    }

    private mutating func place(_ key: Int, _ position: Int) {
        let mask = buckets.count - 1
        var index = bucket(of: key)
        while buckets[index].position >= 0 { index = (index + 1) & mask }
        buckets[index] = Bucket(key: key, position: position)
    }

    @inline(__always)
    private func bucket(of key: Int) -> Int {
        var hash = UInt64(UInt(bitPattern: key))
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
