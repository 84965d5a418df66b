import Compute

/// Namespaces that let Swift code spell PyTorch's module paths: `nn.Conv2d(...)`, `F.relu(x)`,
/// `optim.SGD(...)`, `transforms.Resize(...)`, `datasets.MNIST(...)`. Swift has no packages of free
/// functions, so each is a caseless enum holding nested types and static functions.

/// `torch.nn`: layers (`Conv2d`, `Linear`, `MaxPool2d`, `ReLU`, `Dropout`, `Flatten`, `LogSoftmax`,
/// `Sequential`), the `Module` base class and the losses `CrossEntropyLoss` and `NLLLoss`.
public enum nn {
    /// `nn.Module`, the base class a model subclasses (see `Module`).
    public typealias Module = Learning.Module
}

/// `torch.optim`: `SGD` and `Adam`, thin wrappers over Compute's optimisers, and learning-rate
/// schedules under `optim.lrScheduler`.
public enum optim {
    /// `torch.optim.lr_scheduler`: `StepLR`, `ExponentialLR`, `CosineAnnealingLR`.
    public enum lrScheduler {}
}

/// `torchvision.transforms`: `Compose`, `Resize`, `ToTensor`, `Normalize`.
public enum transforms {}

/// `torchvision.datasets`: `MNIST`.
public enum datasets {}

/// `torch.flatten(x, startDim)`: dimensions `startDim...` merged into one (`[N, C, H, W]`, 1 →
/// `[N, C·H·W]`). Differentiable.
public func flatten(_ x: Tensor, _ startDim: Int = 0) throws -> Tensor {
    try x.flattened(startDim: startDim)
}
