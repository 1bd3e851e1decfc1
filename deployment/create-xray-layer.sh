#!/usr/bin/env bash
# Builds the OrderFlow X-Ray layer (xray-layer/target/xray-layer.zip) and, with --publish,
# publishes it as a Lambda layer version with `aws lambda publish-layer-version`.
#
#   deployment/create-xray-layer.sh                       # build only
#   deployment/create-xray-layer.sh --publish             # build, then publish as "orderflow-xray"
#   deployment/create-xray-layer.sh --publish --layer-name my-xray --region eu-west-1
#
# Needs: a JDK 17+ and Maven; for --publish, the AWS CLI with credentials allowed to call
# lambda:PublishLayerVersion.
set -euo pipefail

layer_name="orderflow-xray"
region=""
publish="false"

usage() {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --publish) publish="true"; shift ;;
    --layer-name) layer_name="${2:?--layer-name needs a value}"; shift 2 ;;
    --region) region="${2:?--region needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip="${root}/xray-layer/target/xray-layer.zip"

echo "Building the X-Ray layer with Maven in ${root} ..."
mvn -B -q -f "${root}/pom.xml" -pl xray-layer -am package -DskipTests
if [ ! -f "${zip}" ]; then
  echo "the build finished but ${zip} is missing" >&2
  exit 1
fi
echo "Built ${zip} ($(wc -c < "${zip}" | tr -d ' ') bytes):"
unzip -l "${zip}" 2>/dev/null | sed 's/^/  /' || true

if [ "${publish}" != "true" ]; then
  echo "Not published (add --publish to run aws lambda publish-layer-version)."
  exit 0
fi

region_args=()
if [ -n "${region}" ]; then
  region_args=(--region "${region}")
fi
echo "Publishing layer ${layer_name} ..."
arn="$(aws lambda publish-layer-version "${region_args[@]}" \
  --layer-name "${layer_name}" \
  --description "OrderFlow X-Ray layer: zero-code X-Ray tracing for Java functions" \
  --license-info "Apache-2.0" \
  --compatible-runtimes java21 java25 \
  --compatible-architectures x86_64 arm64 \
  --zip-file "fileb://${zip}" \
  --query LayerVersionArn --output text)"
echo "Published ${arn}"
echo "Attach it to a function with:"
echo "  Layers: [${arn}]"
echo "  Environment: AWS_LAMBDA_EXEC_WRAPPER=/opt/xray-wrapper (and Tracing: Active)"
