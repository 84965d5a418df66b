import Compute
import Dispatch

extension Sequential {
    /// Trains the model (Keras's `fit`) and returns its `History`.
    ///
    /// Keras's semantics: with `validationSplit` f in [0, 1), the last ⌊N·f⌋ samples — taken before
    /// any shuffling — are held out (`validationData`, when given, is used instead); the training
    /// part is reshuffled every epoch from `generator` when `shuffle` is true (dropout masks come
    /// from it too). The epoch's `loss` and `accuracy` are running means over its batches, weighted
    /// by batch size; `val_loss` and `val_accuracy` are measured after the epoch without dropout.
    /// `callbacks` (`EarlyStopping`, `LearningRateScheduler`, `ReduceLROnPlateau`) are told when
    /// each epoch begins and ends, in order, and may stop training after an epoch.
    /// `observer` hears every batch and epoch; if it throws, training stops between batches and
    /// that error is rethrown. Nothing is printed.
    @discardableResult
    public func fit(_ x: Tensor, _ y: Tensor, batchSize: Int = 32, epochs: Int = 1, validationSplit: Double = 0,
                    validationData: (Tensor, Tensor)? = nil, shuffle: Bool = true, callbacks: [KerasCallback] = [],
                    observer: TrainingObserver? = nil, using generator: RandomGenerator) throws -> History {
        guard let settings = compileSettings else {
            throw KerasError("fit", "the model must be compiled before fit; call compile(optimizer:loss:metrics:) first")
        }
        guard batchSize >= 1 else { throw KerasError("fit", expected: "batchSize ≥ 1", got: "\(batchSize)") }
        guard epochs >= 0 else { throw KerasError("fit", expected: "epochs ≥ 0", got: "\(epochs)") }
        guard validationSplit >= 0, validationSplit < 1 else {
            throw KerasError("fit", expected: "validationSplit in [0, 1)", got: "\(validationSplit)")
        }
        guard !layers.isEmpty else { throw KerasError("fit", "the model has no layers; add some first") }
        guard x.rank >= 1, x.shape[0] >= 1 else {
            throw KerasError("fit", expected: "a non-empty dataset", got: "x of shape \(x.shape)")
        }
        if !isBuilt { try buildIfNeeded(inputShape: inputShape ?? Array(x.shape.dropFirst()), using: generator) }
        try checkInput(x, call: "fit")
        try checkTargets(y, samples: x.shape[0], loss: settings.loss)
        if optimizer == nil { optimizer = try settings.optimizer.make(trainableParameters) }
        guard let optimizer else { throw KerasError("fit", "no optimizer") }

        let total = x.shape[0]
        let trainingCount = validationData == nil ? Self.trainingCount(samples: total, validationSplit: validationSplit) : total
        guard trainingCount >= 1 else {
            throw KerasError("fit", "validationSplit \(validationSplit) leaves no training samples out of \(total)")
        }
        var validation: (x: Tensor, y: Tensor, range: Range<Int>)? = nil
        if let (vx, vy) = validationData {
            try checkInput(vx, call: "fit(validationData:)")
            try checkTargets(vy, samples: vx.shape[0], loss: settings.loss)
            validation = (vx, vy, 0..<vx.shape[0])
        } else if trainingCount < total {
            validation = (x, y, trainingCount..<total)
        }

        let tracksAccuracy = settings.metrics.contains(.accuracy)
        var keys = ["loss"] + (tracksAccuracy ? ["accuracy"] : [])
        if validation != nil { keys += ["val_loss"] + (tracksAccuracy ? ["val_accuracy"] : []) }
        var history = History(keys: keys)
        let batches = (trainingCount + batchSize - 1) / batchSize
        try observer?.trainingBegan(TrainingStart(epochs: epochs, batchesPerEpoch: batches, samples: trainingCount,
                                                  validationSamples: validation?.range.count ?? 0))
        for callback in callbacks { callback.trainingBegan() }
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            for callback in callbacks { try callback.epochBegan(epoch - 1, optimizer: optimizer) }
            let started = DispatchTime.now().uptimeNanoseconds
            let order = shuffle ? generator.permutation(trainingCount) : Array(0..<trainingCount)
            var lossSum = 0.0, correct = 0, seen = 0
            var losses: [Double] = []
            losses.reserveCapacity(batches)
            for batch in 0..<batches {
                let indices = Array(order[(batch * batchSize)..<min((batch + 1) * batchSize, trainingCount)])
                let (batchLoss, batchCorrect) = try trainStep(x.rows(indices), y.rows(indices), settings.loss,
                                                              optimizer, generator)
                losses.append(batchLoss)
                lossSum += batchLoss * Double(indices.count)
                correct += batchCorrect
                seen += indices.count
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                try observer?.batchEnded(BatchProgress(
                    epoch: epoch, batch: batch + 1, batches: batches, batchLoss: batchLoss, loss: lossSum / Double(seen),
                    accuracy: tracksAccuracy ? Double(correct) / Double(seen) : nil,
                    imagesPerSecond: seconds > 0 ? Double(seen) / seconds : 0))
            }
            let trainingSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            var figures = ["loss": lossSum / Double(seen), "accuracy": Double(correct) / Double(seen)]
            if let validation {
                let measured = try measure(validation.x, validation.y, validation.range, batchSize: batchSize, loss: settings.loss)
                figures["val_loss"] = measured.loss
                figures["val_accuracy"] = measured.accuracy
            }
            history.append(epoch: figures, batchLosses: losses)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            try observer?.epochEnded(EpochSummary(
                epoch: epoch, loss: figures["loss"]!, accuracy: tracksAccuracy ? figures["accuracy"] : nil,
                validationLoss: figures["val_loss"], validationAccuracy: tracksAccuracy ? figures["val_accuracy"] : nil,
                seconds: seconds, imagesPerSecond: trainingSeconds > 0 ? Double(seen) / trainingSeconds : 0))
            var logs = figures.filter { keys.contains($0.key) }
            logs["learning_rate"] = Double(optimizer.learningRate)
            var stop = false
            for callback in callbacks where try callback.epochEnded(epoch - 1, logs: logs, model: self, optimizer: optimizer) { stop = true }
            if stop { break }
        }
        // Keras keeps no gradients after fit; the last batch's would hold a copy of every weight
        // (37 MB for the article's model) for as long as the model lives.
        optimizer.zeroGrad()
        try observer?.trainingEnded()
        return history
    }

    /// Keras's split point: the first ⌊N·(1 − f)⌋ samples train, the rest validate.
    static func trainingCount(samples: Int, validationSplit: Double) -> Int {
        Int((Double(samples) * (1 - validationSplit)).rounded(.down))
    }

    /// The loss and accuracy of the model on `x`, `y` (Keras's `evaluate`), in batches of
    /// `batchSize`, without dropout; both are means over all samples.
    public func evaluate(_ x: Tensor, _ y: Tensor, batchSize: Int = 32) throws -> (loss: Double, accuracy: Double) {
        guard let settings = compileSettings else {
            throw KerasError("evaluate", "the model must be compiled before evaluate; call compile(optimizer:loss:metrics:) first")
        }
        guard batchSize >= 1 else { throw KerasError("evaluate", expected: "batchSize ≥ 1", got: "\(batchSize)") }
        try checkInput(x, call: "evaluate")
        try checkTargets(y, samples: x.shape[0], loss: settings.loss)
        return try measure(x, y, 0..<x.shape[0], batchSize: batchSize, loss: settings.loss)
    }

    /// One optimisation step on a batch: forward, loss, backward, update. Returns the batch loss and
    /// the number of correctly classified samples.
    private func trainStep(_ x: Tensor, _ y: Tensor, _ loss: KerasLoss, _ optimizer: Optimizer,
                           _ generator: RandomGenerator) throws -> (Double, Int) {
        var output: Tensor?
        let value = try optimizer.trainingStep { fusedUpdate in
            let result = try forward(x, ForwardPass(training: true, generator: generator, fusedUpdate: fusedUpdate))
            output = result
            return try lossValue(result, y, loss)
        }
        return (Double(try value.item()), correctCount(output!, y, loss))
    }

    /// How many rows inference runs through the layers at once: a multiple of the Keras batch
    /// size, at least 256. Loss and accuracy are still taken per Keras batch, so the figures are
    /// Keras's; the larger forward pass only streams the Dense kernels through memory less often
    /// (the article's 9216×1024 kernel is 37.7 MB, read once per forward pass).
    static func inferenceRows(batchSize: Int) -> Int {
        batchSize * max(1, (256 + batchSize - 1) / batchSize)
    }

    /// Sample-weighted mean loss and accuracy over `range` of `x`, `y`.
    private func measure(_ x: Tensor, _ y: Tensor, _ range: Range<Int>, batchSize: Int,
                         loss: KerasLoss) throws -> (loss: Double, accuracy: Double) {
        var lossSum = 0.0, correct = 0
        let chunk = Sequential.inferenceRows(batchSize: batchSize)
        try noGrad {
            for chunkStart in stride(from: range.lowerBound, to: range.upperBound, by: chunk) {
                let chunkRows = chunkStart..<min(chunkStart + chunk, range.upperBound)
                let outputs = try forward(x.slice(chunkRows), .inference)
                for start in stride(from: chunkRows.lowerBound, to: chunkRows.upperBound, by: batchSize) {
                    let rows = start..<min(start + batchSize, chunkRows.upperBound)
                    let targets = try y.slice(rows)
                    let output = try outputs.slice(rows.lowerBound - chunkStart..<rows.upperBound - chunkStart)
                    lossSum += Double(try lossValue(output, targets, loss).item()) * Double(rows.count)
                    correct += correctCount(output, targets, loss)
                }
            }
        }
        return (lossSum / Double(range.count), Double(correct) / Double(range.count))
    }

    private func lossValue(_ output: Tensor, _ targets: Tensor, _ loss: KerasLoss) throws -> Tensor {
        switch loss {
        case .categoricalCrossentropy:
            return try categoricalCrossentropy(output, targets)
        case .sparseCategoricalCrossentropy:
            return try categoricalCrossentropy(output, oneHot(targets, classes: output.shape[1]))
        case .meanSquaredError: return try mseLoss(output, targets.reshaped(output.shape))
        case .meanAbsoluteError: return try l1Loss(output, targets.reshaped(output.shape))
        case .binaryCrossentropy: return try binaryCrossEntropy(output, targets.reshaped(output.shape), keras: true)
        }
    }

    /// Samples whose arg-max output equals the true class (first maximum on ties, as NumPy).
    private func correctCount(_ output: Tensor, _ targets: Tensor, _ loss: KerasLoss) -> Int {
        if loss == .binaryCrossentropy {
            return zip(output.scalars, targets.scalars).filter { ($0 > 0.5) == ($1 > 0.5) }.count / max(output.count / output.shape[0], 1)
        }
        let classes = output.shape[1]
        let p = output.scalars, t = targets.scalars
        var correct = 0
        for row in 0..<output.shape[0] {
            let predicted = argmax(p, row * classes, classes)
            let truth = loss == .sparseCategoricalCrossentropy ? Int(t[row]) : argmax(t, row * classes, classes)
            if predicted == truth { correct += 1 }
        }
        return correct
    }

    private func argmax(_ values: [Float], _ start: Int, _ count: Int) -> Int {
        var best = 0
        for j in 1..<max(count, 1) where values[start + j] > values[start + best] { best = j }
        return best
    }

    /// Checks targets against the sample count, the model's output and the loss, naming the loss.
    func checkTargets(_ y: Tensor, samples: Int, loss: KerasLoss) throws {
        guard y.rank >= 1, y.shape[0] == samples else {
            throw KerasError("fit", expected: "as many targets as samples (\(samples))", got: "y of shape \(y.shape)")
        }
        if !loss.isClassification || loss == .binaryCrossentropy, let output = outputShape {
            guard y.count == samples * output.reduce(1, *) else {
                throw KerasError("\(loss)", expected: "targets of shape \(kerasShape(output))", got: kerasDataShape(y.shape))
            }
            return
        }
        guard let output = outputShape, output.count == 1 else {
            throw KerasError(layers.last?.name ?? "fit",
                             expected: "a model output of class probabilities (None, classes)",
                             got: kerasShape(outputShape ?? []))
        }
        let classes = output[0]
        switch loss {
        case .categoricalCrossentropy:
            guard y.shape == [samples, classes] else {
                let hint = y.rank == 1 ? " (class indices: use toCategorical(y, numClasses: \(classes)) or sparseCategoricalCrossentropy)" : ""
                throw KerasError("categoricalCrossentropy",
                                 expected: "one-hot targets of shape \(kerasShape([classes]))",
                                 got: kerasDataShape(y.shape) + hint)
            }
        case .meanSquaredError, .meanAbsoluteError, .binaryCrossentropy:
            return
        case .sparseCategoricalCrossentropy:
            guard y.rank == 1 else {
                throw KerasError("sparseCategoricalCrossentropy", expected: "class indices of shape (None,)",
                                 got: kerasDataShape(y.shape) + " (one-hot targets need categoricalCrossentropy)")
            }
            if let bad = y.scalars.first(where: { !($0 >= 0 && $0 < Float(classes) && $0 == $0.rounded()) }) {
                throw KerasError("sparseCategoricalCrossentropy", expected: "class indices in 0..<\(classes)", got: "\(bad)")
            }
        }
    }
}

/// One-hot rows [N, numClasses] from class indices [N] (Keras's `to_categorical`); with
/// `numClasses` nil the count is the largest label + 1.
public func toCategorical(_ labels: Tensor, numClasses: Int? = nil) throws -> Tensor {
    guard labels.rank == 1 else {
        throw KerasError("toCategorical", expected: "labels of shape (N,)", got: "\(labels.shape)")
    }
    let classes = numClasses ?? (labels.scalars.max().map { Int($0) + 1 } ?? 0)
    do {
        return try oneHot(labels, classes: classes)
    } catch let error as TensorError {
        throw KerasError("toCategorical", error.reason)
    }
}
