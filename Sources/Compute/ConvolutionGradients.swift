/// Where a convolution's backward pass writes, group of images by group: dX [N, C, H, W]
/// (zero-filled; groups own disjoint images), and one share of dW and of dbias per group, which
/// `results` adds up in group order, so the totals do not depend on the thread count. Each only
/// when asked. Used by the im2col and the Winograd kernels alike.
struct ConvolutionGradients {
    /// Where one group writes: dX, and its group's shares of dW and dbias (nil when not asked).
    struct Targets {
        let input, weightShares, biasShares: UnsafeMutablePointer<Float>?
    }

    private var input: [Float]
    private var weightShares: [Float]
    private var biasShares: [Float]
    private let groups, weightSize, biasSize: Int
    private let wantsInput, wantsWeight, wantsBias: Bool

    /// Buffers for dX of `inputSize` elements and `groups` shares of dW (`weightSize` elements
    /// each) and of dbias (`biasSize`), each allocated only when wanted.
    init(inputSize: Int, weightSize: Int, biasSize: Int, groups: Int, input: Bool, weight: Bool, bias: Bool) {
        self.input = [Float](repeating: 0, count: input ? inputSize : 0)
        weightShares = [Float](unsafeUninitializedCapacity: weight ? groups * weightSize : 0) { $1 = $0.count }
        biasShares = [Float](repeating: 0, count: bias ? groups * biasSize : 0)
        (self.groups, self.weightSize, self.biasSize) = (groups, weightSize, biasSize)
        (wantsInput, wantsWeight, wantsBias) = (input, weight, bias)
    }

    /// Runs `fill` with the buffers; the caller hands each group `targets(group)`.
    mutating func fill(_ fill: (_ targets: (Int) -> Targets) -> Void) {
        let (wantsInput, wantsWeight, wantsBias) = (self.wantsInput, self.wantsWeight, self.wantsBias)
        let (weightSize, biasSize) = (self.weightSize, self.biasSize)
        input.withUnsafeMutableBufferPointer { input in
            weightShares.withUnsafeMutableBufferPointer { weightShares in
                biasShares.withUnsafeMutableBufferPointer { biasShares in
                    // An empty array's base address need not be nil: go by the flags.
                    let (dx, dw, db) = (wantsInput ? input.baseAddress : nil, wantsWeight ? weightShares.baseAddress : nil,
                                        wantsBias ? biasShares.baseAddress : nil)
                    fill { group in
                        Targets(input: dx, weightShares: dw.map { $0 + group * weightSize },
                                biasShares: db.map { $0 + group * biasSize })
                    }
                }
            }
        }
    }

    /// dX, dW (the summed shares passed through `weight`, e.g. out of a transformed domain) and
    /// dbias; nil for what was not asked.
    func results(weight finish: ([Float]) -> [Float] = { $0 }) -> (input: [Float]?, weight: [Float]?, bias: [Float]?) {
        (wantsInput ? input : nil,
         wantsWeight ? finish(Self.sumOfShares(weightShares, count: groups, size: weightSize)) : nil,
         wantsBias ? Self.sumOfShares(biasShares, count: groups, size: biasSize) : nil)
    }

    /// Σ over `count` consecutive blocks of `size` elements, added block after block (the same
    /// order for every element, whatever the thread count).
    private static func sumOfShares(_ shares: [Float], count: Int, size: Int) -> [Float] {
        guard count > 1 else { return count == 1 ? shares : [Float](repeating: 0, count: size) }
        return [Float](unsafeUninitializedCapacity: size) { total, initialized in
            shares.withUnsafeBufferPointer { shares in
                let total = total
                parallelChunks(size, costPerElement: count) { range in
                    for i in range { total[i] = shares[i] }
                    for block in 1..<count {
                        let share = shares.baseAddress! + block * size
                        for i in range { total[i] += share[i] }
                    }
                }
            }
            initialized = size
        }
    }
}
