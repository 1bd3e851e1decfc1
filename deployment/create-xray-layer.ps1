<#
.SYNOPSIS
  Builds the OrderFlow X-Ray layer (xray-layer/target/xray-layer.zip) and, with -Publish,
  publishes it as a Lambda layer version with `aws lambda publish-layer-version`.
.EXAMPLE
  deployment/create-xray-layer.ps1
.EXAMPLE
  deployment/create-xray-layer.ps1 -Publish -LayerName my-xray -Region eu-west-1
.NOTES
  Needs a JDK 17+ and Maven; for -Publish, the AWS CLI with credentials allowed to call
  lambda:PublishLayerVersion.
#>
[CmdletBinding()]
param(
    [switch]$Publish,
    [string]$LayerName = "orderflow-xray",
    [string]$Region = ""
)
$ErrorActionPreference = "Stop"

$root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
$zip = Join-Path $root (Join-Path "xray-layer" (Join-Path "target" "xray-layer.zip"))

Write-Host "Building the X-Ray layer with Maven in $root ..."
& mvn -B -q -f (Join-Path $root "pom.xml") -pl xray-layer -am package -DskipTests
if ($LASTEXITCODE -ne 0) { throw "Maven build failed (exit code $LASTEXITCODE)" }
if (-not (Test-Path $zip)) { throw "the build finished but $zip is missing" }
Write-Host ("Built {0} ({1} bytes)" -f $zip, (Get-Item $zip).Length)

if (-not $Publish) {
    Write-Host "Not published (add -Publish to run aws lambda publish-layer-version)."
    exit 0
}

$arguments = @("lambda", "publish-layer-version",
    "--layer-name", $LayerName,
    "--description", "OrderFlow X-Ray layer: zero-code X-Ray tracing for Java functions",
    "--license-info", "Apache-2.0",
    "--compatible-runtimes", "java21", "java25",
    "--compatible-architectures", "x86_64", "arm64",
    "--zip-file", "fileb://$zip",
    "--query", "LayerVersionArn", "--output", "text")
if ($Region -ne "") { $arguments += @("--region", $Region) }

Write-Host "Publishing layer $LayerName ..."
$arn = & aws @arguments
if ($LASTEXITCODE -ne 0) { throw "aws lambda publish-layer-version failed (exit code $LASTEXITCODE)" }
Write-Host "Published $arn"
Write-Host "Attach it to a function with:"
Write-Host "  Layers: [$arn]"
Write-Host "  Environment: AWS_LAMBDA_EXEC_WRAPPER=/opt/xray-wrapper (and Tracing: Active)"
