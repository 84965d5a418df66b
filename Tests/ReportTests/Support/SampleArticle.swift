import Foundation
@testable import Report

/// A realistic article, shaped like the MNIST notebook the runner will produce: prose with
/// headings, a GFM table and a footnote, cells with printed text, a model summary, a history
/// table, a figure, a `show(markdown:)` output, a failing cell and a folded long cell.
enum SampleArticle {
    static let figurePath = "sample_files/loss.png"
    static let figureAlt = "Training and validation loss falling over five epochs"
    static let figureCaption = "Loss per epoch for the Keras-style model."

    static var document: ArticleDocument {
        ArticleDocument(
            frontMatter: FrontMatter(title: "Two ways to train a CNN on MNIST",
                                     subtitle: "Keras-style and PyTorch-style code on one Swift compute core",
                                     author: "The notebook team", date: "November 2026"),
            blocks: [
                .prose("""
                ## Introduction

                We train the same small convolutional network twice: once written the *Keras* way,
                once the *PyTorch* way. Both run on our own tensors[^core], so any difference comes
                from the code style alone, not from ~~two~~ different kernels.

                | Framework style | Training loop | Layers |
                |:----------------|:--------------|-------:|
                | Keras | `model.fit` | 7 |
                | PyTorch | explicit | 7 |

                [^core]: A Swift compute core with OpenBLAS underneath; see the footer for the exact kernel.

                ## Loading the data
                """),
                .cell(CellReport(id: "load-data", source: """
                let train = datasets.MNIST(root: "data/mnist", train: true)
                let test = datasets.MNIST(root: "data/mnist", train: false)
                print("train: \\(train.count) images, test: \\(test.count) images")
                """, status: .ran(seconds: 0.42), outputs: [.text("train: 60000 images, test: 10000 images\n")])),
                .prose("## The Keras-style model\n\nA `Sequential` stack, summarised layer by layer:"),
                .cell(CellReport(id: "keras-model", source: """
                let model = Sequential {
                    Conv2D(32, kernelSize: 3, activation: .relu)
                    MaxPooling2D(poolSize: 2)
                    Conv2D(64, kernelSize: 3, activation: .relu)
                    MaxPooling2D(poolSize: 2)
                    Flatten()
                    Dropout(0.5)
                    Dense(10, activation: .softmax)
                }
                model
                """, status: .restored, outputs: [.modelSummary(Table(
                    caption: "Model summary",
                    header: ["Layer", "Output shape", "Parameters"],
                    rows: [["Conv2D", "[26, 26, 32]", "320"], ["MaxPooling2D", "[13, 13, 32]", "0"],
                           ["Conv2D", "[11, 11, 64]", "18,496"], ["MaxPooling2D", "[5, 5, 64]", "0"],
                           ["Flatten", "[1600]", "0"], ["Dropout", "[1600]", "0"], ["Dense", "[10]", "16,010"]],
                    numericColumns: [false, false, true]))])),
                .prose("### Training\n\nFive epochs with Adam. The history comes back as a table and a plot."),
                .cell(CellReport(id: "keras-train", source: longTrainingCell, status: .ran(seconds: 83.6), outputs: [
                    .text("Epoch 1/5 loss 0.2874 accuracy 0.9121\nEpoch 5/5 loss 0.0391 accuracy 0.9879\n"),
                    .table(Table(caption: "Training history",
                                 header: ["Epoch", "Loss", "Accuracy", "Val. loss", "Val. accuracy"],
                                 rows: [["1", "0.2874", "0.9121", "0.0712", "0.9776"],
                                        ["2", "0.0843", "0.9744", "0.0511", "0.9834"],
                                        ["3", "0.0612", "0.9811", "0.0423", "0.9861"],
                                        ["4", "0.0478", "0.9852", "0.0388", "0.9872"],
                                        ["5", "0.0391", "0.9879", "0.0354", "0.9885"]],
                                 numericColumns: [true, true, true, true, true])),
                    .figure(Figure(path: figurePath, width: 480, height: 300, alt: figureAlt, caption: figureCaption)),
                ])),
                .prose("## What the model saw\n\nA cell may print anything, markup included; it is shown as text."),
                .cell(CellReport(id: "escaping", source: #"print("<script>alert('hi')</script> & <b>bold?</b>")"#,
                                 status: .ran(seconds: 0.01),
                                 outputs: [.text("<script>alert('hi')</script> & <b>bold?</b>\n")])),
                .cell(CellReport(id: "summary", source: #"show(markdown: "Test accuracy: **\(accuracy)**")"#, echo: false,
                                 status: .ran(seconds: 0.02), outputs: [.markdown("Test accuracy: **98.85 %**, well above the 97 % target.")])),
                .prose("## When a cell fails\n\nErrors keep their place in the article, with the line that caused them."),
                .cell(CellReport(id: "broken", source: "let logits = model(images.reshaped([64, 28, 28]))",
                                 status: .failed(seconds: 0.2), outputs: [.error(CellError(
                                    message: "shape mismatch: Conv2D expects [batch, 28, 28, 1], got [64, 28, 28]",
                                    location: "notebooks/article.md:88:14",
                                    excerpt: "let logits = model(images.reshaped([64, 28, 28]))\n             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~")) ])),
                .cell(CellReport(id: "after-failure", source: "print(logits.shape)", status: .notRun(reason: "cell broken failed"))),
                .code(language: "text", text: "data/mnist/\n  train-images-idx3-ubyte.gz\n  t10k-images-idx3-ubyte.gz"),
                .prose("## Conclusion\n\nBoth styles reach the same accuracy; pick the one that reads best to you."),
            ],
            footer: ReproducibilityFooter(
                seed: 42, toolVersion: "0.1.0",
                dataFiles: [DataFileChecksum(path: "data/mnist/train-images-idx3-ubyte.gz",
                                             sha256: "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
                            DataFileChecksum(path: "data/mnist/train-labels-idx1-ubyte.gz",
                                             sha256: "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c")],
                threadCount: 2, blas: "OpenBLAS 0.3.21, Haswell kernel (OPENBLAS_CORETYPE=Haswell)",
                extraLines: ["Parameters: epochs = 5, batchSize = 64"]))
    }

    static let longTrainingCell = (["model.compile(optimizer: .adam(learningRate: 0.001),",
                                    "              loss: .sparseCategoricalCrossentropy,",
                                    "              metrics: [\"accuracy\"])",
                                    "// Train with a held-out validation split, as Keras would."]
                                   + (1...20).map { "let step\($0) = \($0) * 2 // placeholder arithmetic line" }
                                   + ["let history = model.fit(train, epochs: 5, batchSize: 64, validationSplit: 0.1)",
                                      "history"]).joined(separator: "\n")

    /// A 480×300 loss plot drawn pixel by pixel: two decaying curves on light axes.
    static func lossCurvePNG() -> Data {
        let width = 480, height = 300, left = 40, bottom = 260, top = 20, right = 460
        func curveY(_ x: Int, scale: Double, floor: Double) -> Double {
            let t = Double(x - left) / Double(right - left)
            let loss = floor + scale * exp(-4 * t)
            return Double(bottom) - loss * Double(bottom - top)
        }
        return TinyPNG.encode(width: width, height: height) { x, y in
            let inPlot = x >= left && x <= right && y >= top && y <= bottom
            if inPlot {
                if abs(Double(y) - curveY(x, scale: 0.85, floor: 0.05)) < 1.6 { return (43, 95, 180) }
                if (x / 6) % 2 == 0, abs(Double(y) - curveY(x, scale: 0.6, floor: 0.08)) < 1.6 { return (214, 120, 40) }
            }
            if (x == left && y >= top && y <= bottom) || (y == bottom && x >= left && x <= right) { return (60, 60, 60) }
            if inPlot && (y - top) % 60 == 0 { return (225, 228, 232) }
            return (255, 255, 255)
        }
    }
}
